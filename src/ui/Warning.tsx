import { useEffect, useRef } from 'preact/hooks';
import type { Intent } from '../guard/intent';
import type { ListedAccount } from '../lists/listed-account';
import type { Clause } from '../rules/clause';
import type { Decision } from '../history/entry';
import type { Language } from './language';
import { WARNING_TEXT } from './warning-text';
import { displayHandle } from './display-handle';

export interface WarningProps {
  intent: Intent;
  listed: ListedAccount;
  clause: Clause;
  lang: Language;
  /** Where the dialog's top-left corner goes, in viewport pixels. */
  position: { top: number; left: number };
  onDecision(decision: Decision): void;
  onReadRule(clauseId: string): void;
}

/**
 * The dialog itself. Every string from a list or a page is rendered as a text
 * node by Preact: names can never become markup.
 */
export function Warning(props: WarningProps) {
  const { intent, listed, clause, lang, position, onDecision } = props;
  const text = WARNING_TEXT[lang];
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => cancel.current?.focus(), []);

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
    if (event.isTrusted) onDecision('proceeded');
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
        data-account={listed.key}
        data-intent={intent}
        data-clause={clause.id}
        style={{ top: `${position.top}px`, left: `${position.left}px` }}
        onKeyDown={onKeyDown}
      >
        <h2 id="jn-title">{text.title}</h2>
        <div id="jn-body">
          <p class="what">
            {text.youAreAbout(intent)} <strong>{listed.name}</strong> <span class="handle">({displayHandle(listed.key)})</span>
          </p>
          {listed.role ? <p class="role">{listed.role}</p> : null}
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
          <p class="disclaimer">{text.disclaimer}</p>
        </div>
        <div class="actions">
          <button type="button" class="link" onClick={() => props.onReadRule(clause.id)}>
            {text.readRule}
          </button>
          <button type="button" ref={cancel} class="cancel" data-action="cancel" onClick={() => onDecision('cancelled')}>
            {text.cancel}
          </button>
          <button type="button" class="proceed" data-action="proceed" onClick={onProceed}>
            {text.proceed}
          </button>
        </div>
      </div>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, dialog: HTMLElement | null) {
  if (!dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])')];
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
