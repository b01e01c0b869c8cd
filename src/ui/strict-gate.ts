import { useEffect, useState } from 'preact/hooks';

export const STRICT_WAIT_SECONDS = 5;
export const MIN_REASON_LENGTH = 5;
/** The history keeps at most this much of a reason (HistoryEntrySchema). */
export const MAX_REASON_LENGTH = 500;

/**
 * Whether a warning carries the strict step: in strict mode, unless a policy
 * hides proceeding, which leaves nothing for the step to open. The warning's
 * gate and whether its dialog is kept between warnings both follow this.
 */
export function hasStrictStep(options: { strict: boolean; hideProceed: boolean }): boolean {
  return options.strict && !options.hideProceed;
}

export interface StrictGate {
  /** Seconds left before proceed opens by waiting; 0 once it has. */
  remaining: number;
  reason: string;
  setReason(reason: string): void;
  /** Proceed may be pressed. Always true outside strict mode. */
  open: boolean;
}

/**
 * The extra deliberate step of strict mode: a reason of at least five
 * characters, or five seconds spent looking at the warning. Looking away
 * (the window loses focus) pauses the wait and starts it again from five,
 * so the seconds cannot pass in another tab.
 */
export function useStrictGate(strict: boolean, win: Window = window): StrictGate {
  const [remaining, setRemaining] = useState(strict ? STRICT_WAIT_SECONDS : 0);
  const [away, setAway] = useState(false);
  const [reason, setReason] = useState('');

  useEffect(() => {
    if (!strict) return;
    const leave = () => {
      setAway(true);
      setRemaining(STRICT_WAIT_SECONDS);
    };
    const comeBack = () => setAway(false);
    win.addEventListener('blur', leave);
    win.addEventListener('focus', comeBack);
    return () => {
      win.removeEventListener('blur', leave);
      win.removeEventListener('focus', comeBack);
    };
  }, [strict, win]);

  useEffect(() => {
    if (away || remaining === 0) return;
    const tick = setTimeout(() => setRemaining((seconds) => seconds - 1), 1000);
    return () => clearTimeout(tick);
  }, [away, remaining]);

  const open = !strict || remaining === 0 || reason.trim().length >= MIN_REASON_LENGTH;
  return { remaining, reason, setReason, open };
}
