// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { key, mountWarning, shadowHost, trustedClick } from './warning-fixture';

let host: HTMLElement;
let root: ShadowRoot;

beforeEach(() => {
  vi.useFakeTimers();
  ({ host, root } = shadowHost());
});
afterEach(() => {
  host.remove();
  vi.useRealTimers();
});

const strict = () => mountWarning(root, { strict: true });
const countdown = () => root.querySelector<HTMLElement>('#jn-wait')!;

/** One second at a time: each tick's re-render schedules the next. */
function wait(seconds: number) {
  for (let i = 0; i < seconds; i++) act(() => void vi.advanceTimersByTime(1000));
}

function type(text: string) {
  const box = root.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
  act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function windowEvent(type: 'blur' | 'focus') {
  act(() => void window.dispatchEvent(new Event(type)));
}

describe('strict mode', () => {
  it('keeps proceed disabled for 5 seconds, counting down visibly, then proceeds once on a real click', () => {
    const { button, onDecision } = strict();
    expect(button('proceed').disabled).toBe(true);
    expect(countdown().textContent).toContain('5 detik');
    wait(4);
    expect(countdown().textContent).toContain('1 detik');
    trustedClick(button('proceed'));
    expect(onDecision).not.toHaveBeenCalled();
    wait(1);
    expect(button('proceed').disabled).toBe(false);
    expect(countdown().textContent).toBe('Sekarang Anda dapat melanjutkan.');
    trustedClick(button('proceed'));
    expect(onDecision).toHaveBeenCalledExactlyOnceWith('proceeded');
  });

  it('starts the wait again when the page loses focus, and does not count while away', () => {
    const { button } = strict();
    wait(3);
    windowEvent('blur');
    expect(countdown().dataset.strictRemaining).toBe('5');
    wait(30);
    expect(button('proceed').disabled).toBe(true);
    windowEvent('focus');
    wait(4);
    expect(button('proceed').disabled).toBe(true);
    wait(1);
    expect(button('proceed').disabled).toBe(false);
  });

  it('opens proceed at once for a reason of 5 characters, and passes the reason on', () => {
    const { button, onDecision } = strict();
    type('  abcd ');
    expect(button('proceed').disabled).toBe(true);
    type('  Tugas kantor: memantau ');
    expect(button('proceed').disabled).toBe(false);
    trustedClick(button('proceed'));
    expect(onDecision).toHaveBeenCalledExactlyOnceWith('proceeded', 'Tugas kantor: memantau');
  });

  it('never proceeds on a scripted click, even once open', () => {
    const { button, onDecision } = strict();
    type('a real reason');
    button('proceed').click();
    expect(onDecision).not.toHaveBeenCalled();
  });

  it('still cancels with Escape and keeps cancel focused first', () => {
    const { button, dialog, onDecision } = strict();
    expect(root.activeElement).toBe(button('cancel'));
    key(dialog, 'Escape');
    expect(onDecision).toHaveBeenCalledWith('cancelled');
  });

  it('labels the reason box and describes the disabled proceed button with the countdown', () => {
    const { button } = strict();
    const box = root.querySelector('textarea')!;
    expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toMatch(/Mengapa/);
    expect(button('proceed').getAttribute('aria-describedby')).toBe(countdown().id);
  });

  it('wraps Tab from cancel to the top while proceed is disabled, and from proceed once it is open', () => {
    const { button, dialog } = strict();
    key(dialog, 'Tab');
    expect(root.activeElement?.id).toBe('jn-body');
    wait(5);
    button('proceed').focus();
    key(dialog, 'Tab');
    expect(root.activeElement?.id).toBe('jn-body');
  });
});
