import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Decision } from '../history/entry';
import { Warning, type WarningProps } from './Warning';
import { WARNING_CSS } from './warning-style';
import { createModalHost, type ModalHost } from './modal-host';
import type { Theme } from './site-theme';
import { hasStrictStep } from './strict-gate';

/** What the guard asks for: the dialog's facts, the pressed control, and the site's theme. */
export interface WarningRequest extends Omit<WarningProps, 'anchor' | 'onDecision'> {
  anchor: HTMLElement;
  /** The site's own theme, if it shows one; else the system's is followed. */
  theme: Theme | null;
}

export interface WarningOutcome {
  decision: Decision;
  /** Typed in strict mode before proceeding. */
  reason?: string;
}

/** Made at a page's first warning and kept for the next (see createModalHost). */
let kept: ModalHost | null = null;
/** Counts the warnings shown with the strict step, each of which starts afresh. */
let gatedShows = 0;

/**
 * Shows the warning next to the pressed control and resolves with the user's
 * decision. The host is a fixed, zero-size element at the end of <body>, so
 * the page's layout never moves; focus returns to where it was.
 *
 * Between warnings the dialog stays rendered in the detached host, so the
 * next one only changes what differs (its account, text, place) instead of
 * building every element again. The strict step is the exception: its typed
 * reason and countdown belong to one warning, so each strict warning is a new
 * dialog (its key) and is taken down when it closes, timers and all.
 */
export async function showWarning(ctx: ContentScriptContext, request: WarningRequest): Promise<WarningOutcome> {
  const previousFocus = document.activeElement;
  const anchor = request.anchor.getBoundingClientRect();

  let settle: (outcome: WarningOutcome) => void = () => {};
  const decided = new Promise<WarningOutcome>((resolve) => (settle = resolve));
  const onDecision = (decision: Decision, reason?: string) => settle(reason === undefined ? { decision } : { decision, reason });

  const ui = (kept ??= createModalHost(ctx, 'jaga-netral-warning', WARNING_CSS));
  const gated = hasStrictStep(request);
  ui.show();
  // Picks the light or dark half of the colours: the site's theme, else the system's.
  ui.container.style.colorScheme = request.theme ?? 'light dark';
  render(
    <Warning key={gated ? ++gatedShows : 0} {...request} anchor={anchor} onDecision={onDecision} />,
    ui.container,
  );
  // A page that removes the warning gets a cancel, never a proceed.
  const removal = new MutationObserver(() => {
    if (!ui.host.isConnected) settle({ decision: 'cancelled' });
  });
  const parent = ui.host.parentNode;
  if (parent) removal.observe(parent, { childList: true });

  const outcome = await decided;
  removal.disconnect();
  if (gated) render(null, ui.container);
  ui.hide();
  if (previousFocus instanceof HTMLElement) previousFocus.focus();
  return outcome;
}
