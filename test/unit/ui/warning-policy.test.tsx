// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WarningProps } from '../../../src/ui/Warning';
import { key, mountWarning, shadowHost, trustedClick } from './warning-fixture';

/** What the institution's policy and a list's electoral period change in the warning. */

let host: HTMLElement;
let root: ShadowRoot;
const mount = (overrides: Partial<WarningProps> = {}) => mountWarning(root, overrides);

beforeEach(() => {
  ({ host, root } = shadowHost());
});
afterEach(() => host.remove());

const LISTED = {
  key: 'x:aniesbaswedan',
  name: 'Anies Rasyid Baswedan',
  listId: 'pilpres-2024',
  listTitle: 'Pemilu 2024 — capres dan cawapres',
  entryIndex: 0,
  election: 'Pemilu 2024',
  period: { from: '2022-06-14', until: '2024-10-20' },
} as const;

describe('Warning with proceeding hidden by the institution', () => {
  it('offers only Cancel and says the institution decided', () => {
    const { dialog, button, onDecision } = mount({ hideProceed: true, lang: 'en' });
    expect(button('proceed')).toBeNull();
    expect(button('cancel').textContent).toBe('Cancel');
    expect(dialog.querySelector('[data-managed-note="hideProceed"]')?.textContent).toMatch(/institution has decided/);
    trustedClick(button('cancel'));
    expect(onDecision).toHaveBeenCalledWith('cancelled');
  });

  it('shows no strict-mode step either: there is nothing to unlock', () => {
    mount({ hideProceed: true, strict: true });
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.querySelector('[data-action="proceed"]')).toBeNull();
  });

  it('still cancels on Escape', () => {
    const { dialog, onDecision } = mount({ hideProceed: true });
    key(dialog, 'Escape');
    expect(onDecision).toHaveBeenCalledWith('cancelled');
  });
});

describe('Warning outside the list period', () => {
  it('says the stage is over, when it ended, and that the rules still apply (Indonesian)', () => {
    const { dialog, button } = mount({ listed: LISTED, today: '2024-10-21' });
    const note = dialog.querySelector('[data-period="over"]')?.textContent;
    expect(note).toContain('Tahapan Pemilu 2024 telah berakhir pada 20 Oktober 2024');
    expect(note).toContain('sebelum, selama, maupun sesudah masa kampanye');
    expect(button('proceed')).not.toBeNull();
  });

  it('says so in English too', () => {
    const { dialog } = mount({ listed: LISTED, today: '2026-11-26', lang: 'en' });
    expect(dialog.querySelector('[data-period="over"]')?.textContent).toContain('The stages of Pemilu 2024 ended on 20 October 2024');
  });

  it('says when a stage not yet begun starts', () => {
    const { dialog } = mount({ listed: LISTED, today: '2022-06-13' });
    expect(dialog.querySelector('[data-period="not-started"]')?.textContent).toContain('dimulai pada 14 Juni 2022');
  });

  it('says nothing about the period on its last day, or for a list without one', () => {
    mount({ listed: LISTED, today: '2024-10-20' });
    expect(root.querySelector('[data-period]')).toBeNull();
    mount({ today: '2030-01-01' });
    expect(root.querySelector('[data-period]')).toBeNull();
  });

  it("names the list's title when the list names no election", () => {
    const { election: _, ...untitled } = LISTED;
    const { dialog } = mount({ listed: untitled, today: '2025-01-01' });
    expect(dialog.querySelector('[data-period]')?.textContent).toContain('Tahapan Pemilu 2024 — capres dan cawapres telah berakhir');
  });
});
