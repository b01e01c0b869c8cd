import type { Language } from './language';
// Only this area's text: the content script must not carry every page's strings.
import { warningText } from './i18n/warning';
import { MAX_REASON_LENGTH, type StrictGate } from './strict-gate';

/**
 * Strict mode's part of the warning: the reason box and the countdown. The
 * countdown is the proceed button's description, so a screen reader says
 * why the button is not yet available when it is reached.
 */
export function StrictStep({ gate, lang }: { gate: StrictGate; lang: Language }) {
  const text = warningText[lang];
  return (
    <div class="strict">
      <label for="jn-reason">{text.reason}</label>
      <textarea
        id="jn-reason"
        name="reason"
        rows={2}
        maxLength={MAX_REASON_LENGTH}
        value={gate.reason}
        onInput={(event) => gate.setReason(event.currentTarget.value)}
      />
      <p id="jn-wait" class="wait" data-strict-remaining={gate.remaining}>
        {gate.open ? text.unlocked : text.waitSeconds(gate.remaining)}
      </p>
    </div>
  );
}
