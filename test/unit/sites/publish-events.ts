import type { SiteAdapter } from '../../../src/sites/adapter';
import { adapterEvents } from './site-fixture';

/**
 * What an adapter's `publish` answers for a click, a key press or a submit,
 * read where the guard reads it (site-fixture's publishOn).
 */
export function publishEvents(adapter: SiteAdapter) {
  const { publishOn } = adapterEvents(adapter);
  return {
    publishOn,
    publishClick: (target: Element) => publishOn(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })),
    publishKey: (target: Element, init: KeyboardEventInit) =>
      publishOn(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
    publishSubmit: (form: HTMLFormElement) => publishOn(form, new Event('submit', { bubbles: true, cancelable: true })),
  };
}
