import { DIALOG_WIDTH, MARGIN } from './place-near';

/**
 * Styles live inside the shadow root, after the modal host's own (see
 * modal-host.ts), so the page can neither restyle the warning nor be
 * restyled by it. Sizes are in px because `rem` would follow the page's root
 * font size.
 */
export const WARNING_CSS = `
.backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, 0.18); }
.dialog {
  position: fixed; box-sizing: border-box; width: min(${DIALOG_WIDTH}px, calc(100vw - ${2 * MARGIN}px));
  max-height: calc(100vh - ${2 * MARGIN}px); display: flex; flex-direction: column;
  background: #fff; color: #111827; border: 2px solid #b45309; border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.25); padding: 12px 14px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  overflow-wrap: anywhere; unicode-bidi: isolate;
}
h2 { font-size: 15px; margin: 0 0 8px; color: #92400e; flex: none; }
#jn-body { overflow-y: auto; min-height: 0; flex: 1 1 auto; }
p { margin: 0 0 6px; }
.handle, .list, .disclaimer, cite { color: #4b5563; }
cite { display: block; font-style: normal; font-size: 12px; }
.label { font-weight: 600; }
.disclaimer { font-size: 12px; }
.managed { font-weight: 600; }
.actions { flex: none; display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 10px; }
button { font: inherit; border-radius: 6px; padding: 6px 12px; cursor: pointer; border: 1px solid #9ca3af; background: #f9fafb; color: #111827; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.cancel { background: #1d4ed8; border-color: #1d4ed8; color: #fff; font-weight: 600; }
.proceed { background: #fff; }
.strict { flex: none; margin-top: 8px; }
.strict label { display: block; font-weight: 600; margin-bottom: 4px; }
textarea { box-sizing: border-box; width: 100%; font: inherit; color: inherit; background: transparent; border: 1px solid #9ca3af; border-radius: 6px; padding: 4px 6px; resize: vertical; }
textarea:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.wait { color: #4b5563; font-size: 12px; margin: 4px 0 0; }
button:disabled { cursor: not-allowed; opacity: 0.55; }
.link { margin-right: auto; border: none; background: none; color: #1d4ed8; text-decoration: underline; padding: 6px 0; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #111827; color: #f9fafb; }
  .handle, .list, .disclaimer, cite, .wait { color: #d1d5db; }
  .proceed, button { background: #1f2937; color: #f9fafb; }
  .cancel { background: #2563eb; }
  .link { background: none; color: #93c5fd; }
}
`;
