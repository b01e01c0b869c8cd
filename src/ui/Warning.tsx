import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Intent } from '../guard/intent';
import type { Listed } from '../lists/listed-hashtag';
import type { ClauseText } from '../rules/clause';
import type { Decision } from '../history/entry';
import type { Language } from './language';
// Only this area's text: the content script must not carry every page's strings.
import { warningText } from './i18n/warning';
import { displayHandle } from './display-handle';
import { placeNear, type Box } from './place-near';
import { hasStrictStep, MAX_REASON_LENGTH, useStrictGate } from './strict-gate';
import { StrictStep } from './StrictStep';
import { PeriodNote } from './PeriodNote';

export interface WarningProps {
  intent: Intent;
  listed: Listed;
  /** What decided the warning: `account`, `hashtag:#<tag>` or `mention:<platform>:<id>`. */
  match: string;
  /** The account the warning is about (see guard/held.ts warnedAccount); empty when none. */
  account: string;
  clause: ClauseText;
  lang: Language;
  /** Proceed needs a typed reason or a 5-second wait (the strict preference). */
  strict: boolean;
  /** The institution's policy: only Cancel is offered, and the warning says who decided. */
  hideProceed: boolean;
  /** Today in Jakarta, `YYYY-MM-DD`. */
  today: string;
  /** The pressed control's box in viewport pixels; the dialog is placed next to it. */
  anchor: Box;
  /** `reason` is what the user typed in strict mode, if anything. */
  onDecision(decision: Decision, reason?: string): void;
  onReadRule(clauseId: string): void;
}

/**
 * The dialog itself. Every string from a list or a page is rendered as a text
 * node by Preact: names can never become markup.
 */
export function Warning(props: WarningProps) {
  const { intent, listed, match, clause, lang, strict, hideProceed, anchor, onDecision } = props;
  // A listed hashtag's key is `#<tag>`: the warning names the tag and whose campaign it is.
  const tag = listed.key.startsWith('#') ? listed.key : null;
  const text = warningText[lang];
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);

  const position = useMemo(() => placeNear(anchor, { width: innerWidth, height: innerHeight }), [anchor]);
  const stepped = hasStrictStep(props);
  const gate = useStrictGate(stepped);

  // Focused as it is rendered, not after the first frame: an Escape pressed
  // at once already reaches the dialog, and focusing joins the style and
  // layout the dialog needs anyway instead of a task of its own after the
  // frame (click benchmark: p95 12.4-18.1 ms over six runs, four under 14,
  // against 14.0-16.5 ms over four runs with focus after the frame). Again at
  // every warning the kept dialog shows (a new anchor), whose text starts at
  // its top; the layout is fresh from the focus, so reading it costs nothing.
  useLayoutEffect(() => {
    cancel.current?.focus();
    if (body.current?.scrollTop) body.current.scrollTop = 0;
  }, [anchor]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDecision('cancelled');
    } else if (event.key === 'Tab') {
      trapFocus(event, dialog.current);
    }
  };

  // Only a real user gesture may approve: page scripts can reach this open
  // shadow root and call .click(), which produces an untrusted event.
  const onProceed = (event: MouseEvent) => {
    if (!event.isTrusted || !gate.open) return;
    const reason = gate.reason.trim().slice(0, MAX_REASON_LENGTH);
    if (reason === '') onDecision('proceeded');
    else onDecision('proceeded', reason);
  };

  return (
    <div class="backdrop" onClick={(e) => e.target === e.currentTarget && onDecision('cancelled')}>
      <div
        ref={dialog}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="jn-title"
        aria-describedby="jn-body"
        data-account={props.account}
        data-intent={intent}
        data-match={match}
        data-clause={clause.id}
        style={{
          ...('top' in position ? { top: `${position.top}px` } : { bottom: `${position.bottom}px` }),
          left: `${position.left}px`,
          maxHeight: `${position.maxHeight}px`,
        }}
        onKeyDown={onKeyDown}
      >
        <h2 id="jn-title">{tag ? text.hashtagTitle : text.title}</h2>
        {/* Focusable: a long text scrolls here, and a keyboard must be able to scroll it. */}
        <div ref={body} id="jn-body" tabIndex={0}>
          {tag ? (
            <p class="what">
              {text.withHashtag(intent)} <strong>{tag}</strong>, {text.campaignOf} <strong>{listed.name}</strong>
            </p>
          ) : (
            <p class="what">
              {text.youAreAbout(intent)} <strong>{listed.name}</strong> <span class="handle">({displayHandle(listed.key)})</span>
            </p>
          )}
          {listed.role || listed.party ? (
            <p class="role">{[listed.role, listed.party].filter(Boolean).join(' · ')}</p>
          ) : null}
          <p class="list">
            {text.listedIn}: {listed.listTitle}
          </p>
          <p class="rule">
            <span class="label">{text.rule}: </span>
            {clause.summary[lang]} <cite>{clause.citation}</cite>
          </p>
          <p class="consequence">
            <span class="label">{text.consequence}: </span>
            {clause.consequence[lang]}
          </p>
          <PeriodNote listed={listed} today={props.today} lang={lang} />
          <p class="disclaimer">{text.disclaimer}</p>
          {hideProceed ? (
            <p class="managed" data-managed-note="hideProceed">
              {text.institutionDecided}
            </p>
          ) : null}
        </div>
        {stepped ? <StrictStep gate={gate} lang={lang} /> : null}
        <div class="actions">
          <button type="button" class="link" onClick={() => props.onReadRule(clause.id)}>
            {text.readRule}
          </button>
          <button type="button" ref={cancel} class="cancel" data-action="cancel" onClick={() => onDecision('cancelled')}>
            {text.cancel}
          </button>
          {hideProceed ? null : (
            <button
              type="button"
              class="proceed"
              data-action="proceed"
              disabled={!gate.open}
              aria-describedby={strict ? 'jn-wait' : undefined}
              onClick={onProceed}
            >
              {text.proceed}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, dialog: HTMLElement | null) {
  if (!dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, [href], [tabindex]:not([tabindex="-1"])')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
