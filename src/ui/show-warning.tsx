import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Decision } from '../history/entry';
import type { Intent } from '../guard/intent';
import type { Listed } from '../lists/listed-hashtag';
import type { ClauseText } from '../rules/clause';
import type { Language } from './language';
import { Warning } from './Warning';
import { WARNING_CSS } from './warning-style';
import { mountModalHost } from './modal-host';
import type { Theme } from './site-theme';

export interface WarningRequest {
  anchor: HTMLElement;
  intent: Intent;
  listed: Listed;
  /** What decided the warning (`data-match`): `account`, `hashtag:#<tag>` or `mention:<platform>:<id>`. */
  match: string;
  /** The warning's `data-account`; empty for a new post only a hashtag decided. */
  account: string;
  clause: ClauseText;
  lang: Language;
  strict: boolean;
  /** The institution's policy: only Cancel is offered. */
  hideProceed: boolean;
  /** Today in Jakarta, `YYYY-MM-DD`: whether the list's electoral stage is over. */
  today: string;
  /** The site's own theme, if it shows one; else the system's is followed. */
  theme: Theme | null;
  onReadRule(clauseId: string): void;
}

export interface WarningOutcome {
  decision: Decision;
  /** Typed in strict mode before proceeding. */
  reason?: string;
}

/**
 * Shows the warning next to the pressed control and resolves with the user's
 * decision. The host is a fixed, zero-size element at the end of <body>, so
 * the page's layout never moves; focus returns to where it was.
 */
export async function showWarning(ctx: ContentScriptContext, request: WarningRequest): Promise<WarningOutcome> {
  const previousFocus = document.activeElement;
  const anchor = request.anchor.getBoundingClientRect();

  let settle: (outcome: WarningOutcome) => void = () => {};
  const decided = new Promise<WarningOutcome>((resolve) => (settle = resolve));
  const onDecision = (decision: Decision, reason?: string) => settle(reason === undefined ? { decision } : { decision, reason });

  const ui = mountModalHost(ctx, 'jaga-netral-warning', WARNING_CSS);
  // Picks the light or dark half of the colours: the site's theme, else the system's.
  ui.container.style.colorScheme = request.theme ?? 'light dark';
  render(
    <Warning
      intent={request.intent}
      listed={request.listed}
      match={request.match}
      account={request.account}
      clause={request.clause}
      lang={request.lang}
      strict={request.strict}
      hideProceed={request.hideProceed}
      today={request.today}
      anchor={anchor}
      onDecision={onDecision}
      onReadRule={request.onReadRule}
    />,
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
  render(null, ui.container);
  ui.remove();
  if (previousFocus instanceof HTMLElement) previousFocus.focus();
  return outcome;
}
