import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { Warning, type WarningProps } from '../../../src/ui/Warning';
import { SKB_2022_SOCIAL_MEDIA } from '../../../src/rules/catalogue';

/** A warning's props, with spies for its callbacks. */
export function warningProps(overrides: Partial<WarningProps> = {}) {
  const onDecision = vi.fn();
  const onReadRule = vi.fn();
  const props: WarningProps = {
    intent: 'follow',
    listed: {
      key: 'x:aniesbaswedan',
      name: 'Anies Rasyid Baswedan',
      role: 'Calon Presiden 2024 (nomor urut 1)',
      listId: 'pilpres-2024',
      listTitle: 'Pemilu 2024 — capres dan cawapres',
      entryIndex: 0,
    },
    match: 'account',
    account: 'x:aniesbaswedan',
    clause: SKB_2022_SOCIAL_MEDIA,
    lang: 'id',
    strict: false,
    hideProceed: false,
    today: '2024-01-15',
    anchor: { top: 100, left: 20, width: 40, height: 30 },
    onDecision,
    onReadRule,
    ...overrides,
  };
  return { props, onDecision, onReadRule };
}

/** Renders the warning into an open shadow root, as the content script does, with spies for its callbacks. */
export function mountWarning(root: ShadowRoot, overrides: Partial<WarningProps> = {}) {
  const { props, onDecision, onReadRule } = warningProps(overrides);
  act(() => {
    render(<Warning {...props} />, root);
  });
  const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
  const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  return { onDecision, onReadRule, dialog, button };
}

export function key(target: Element, keyName: string, init: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...init }));
}

/** A click as the browser makes it for a real user: scripts cannot set isTrusted. */
export function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A fresh open shadow root in the document; remove its host after the test. */
export function shadowHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  document.body.append(host);
  return { host, root: host.attachShadow({ mode: 'open' }) };
}
