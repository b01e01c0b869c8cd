import { expect } from 'vitest';
import type { Publish, SiteAdapter } from '../../../src/sites/adapter';

/**
 * What an adapter's `publish` answers for one event, read where the guard
 * reads it: capture phase on window, before the page sees the event.
 */
export function publishEvents(adapter: SiteAdapter) {
  const publishOn = (target: EventTarget, event: Event): Publish | null => {
    const answers: (Publish | null)[] = [];
    const listener = (seen: Event): void => {
      answers.push(adapter.publish?.(seen) ?? null);
    };
    window.addEventListener(event.type, listener, { capture: true });
    try {
      target.dispatchEvent(event);
    } finally {
      window.removeEventListener(event.type, listener, { capture: true });
    }
    expect(answers).toHaveLength(1);
    return answers[0] ?? null;
  };
  return {
    publishOn,
    publishClick: (target: Element) => publishOn(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })),
    publishKey: (target: Element, init: KeyboardEventInit) =>
      publishOn(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
    publishSubmit: (form: HTMLFormElement) => publishOn(form, new Event('submit', { bubbles: true, cancelable: true })),
  };
}
