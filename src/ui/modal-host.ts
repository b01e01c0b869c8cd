import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ModalHost {
  /** The element on the page: a zero-size block at the end of <body>, above everything. */
  host: HTMLElement;
  /** Where the UI renders: a fixed layer over the viewport inside the shadow root. */
  container: HTMLElement;
  /** Puts the host at the end of <body>, again after a hide. */
  show(): void;
  /** Takes the host out of the page; its shadow root, style and contents stay for the next show. */
  hide(): void;
}

/**
 * The host's own box, important and inside its shadow root so that no page
 * rule can change it: reset, then a zero-size fixed layer above everything
 * (without the position and z-index the page's own modal overlays would
 * cover the warning).
 */
const HOST_CSS = `:host{all:initial!important;display:block!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;z-index:2147483647!important}`;

/**
 * What WXT's createShadowRootUi does for a `modal` UI, without its general
 * machinery (anchors by XPath, waiting for elements, remote CSS, option
 * merging): that machinery was about 4 KB of every content script's 30 KB
 * gzipped budget, and the warning needs none of it.
 *
 * The page's styles cannot reach in (`all: initial` on the host, an open
 * shadow root), keys typed in the warning do not reach the site's shortcuts,
 * and the host never takes up space, so the page's layout never moves. It is
 * made once and shown as often as needed: a host, shadow root and style sheet
 * built per warning were that warning's cost again every time.
 */
export function createModalHost(ctx: ContentScriptContext, name: string, css: string): ModalHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
  Object.assign(container.style, { position: 'fixed', top: '0', bottom: '0', left: '0', right: '0' });

  const hide = () => host.remove();
  ctx.onInvalidated(hide);
  return { host, container, show: () => (document.body ?? document.documentElement).append(host), hide };
}
