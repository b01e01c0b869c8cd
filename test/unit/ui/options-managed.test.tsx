// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../src/ui/pages/OptionsPage';
import { PopupPage } from '../../../src/ui/popup/PopupPage';
import { DEFAULT_PREFERENCES, preferences, readPreferences } from '../../../src/settings/preferences';
import { fakeBackground } from '../fake-background';

/** The options page and popup under an institution policy, from a fake managed storage area. */

let container: HTMLElement;

beforeEach(async () => {
  await fakeBackground();
  await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'id', strict: false, logging: true });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function openOptions() {
  act(() => render(<OptionsPage />, container));
  await vi.waitFor(() => expect(container.querySelector('[data-list]')).not.toBeNull());
}
const input = (name: string) => container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('options page under an institution policy', () => {
  it('says the institution manages it, and shows each managed setting forced, disabled and noted', async () => {
    await fakeBrowser.storage.managed.set({ logging: false, strict: true, hideProceed: true, warnOnlyDuringPeriod: false });
    await openOptions();
    expect(container.querySelector('[data-managed-policy="active"]')?.textContent).toContain('Dikelola oleh instansi Anda');
    expect(input('logging').checked).toBe(false);
    expect(input('logging').disabled).toBe(true);
    expect(container.querySelector('[data-managed="logging"]')?.textContent).toContain('selalu nonaktif');
    expect(input('strict').checked).toBe(true);
    expect(container.querySelector('[data-managed="strict"]')?.textContent).toContain('selalu aktif');
    expect(input('warnOnlyDuringPeriod').disabled).toBe(true);
    expect(container.querySelector('[data-managed="hideProceed"]')?.textContent).toContain('hanya menawarkan Batalkan');
    // Not managed: still the user's.
    expect(input('markers').disabled).toBe(false);
    expect(container.querySelector('[data-managed="markers"]')).toBeNull();
  });

  it("keeps the user's own choice stored under a forced setting", async () => {
    await fakeBrowser.storage.managed.set({ logging: false });
    await openOptions();
    act(() => input('strict').click());
    await vi.waitFor(async () => expect((await readPreferences()).strict).toBe(true));
    expect((await readPreferences()).logging).toBe(true);
  });

  it('leaves settings the policy does not name to the user', async () => {
    await fakeBrowser.storage.managed.set({ hideProceed: true });
    await openOptions();
    expect(input('logging').disabled).toBe(false);
    expect(input('strict').disabled).toBe(false);
    expect(container.querySelector('[data-managed="logging"]')).toBeNull();
  });

  it('applies nothing of a malformed policy and names every problem', async () => {
    await fakeBrowser.storage.managed.set({
      logging: 'no',
      hideProceed: true,
      subscriptions: [{ url: 'http://lists.example/list.json', publicKey: 'short' }],
    });
    await openOptions();
    const notice = container.querySelector('[data-managed-policy="invalid"]')!;
    expect(notice.textContent).toContain('tidak dapat diterapkan');
    const problems = [...notice.querySelectorAll('[data-policy-problem]')].map((p) => p.textContent);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/^logging:/m);
    expect(problems.join('\n')).toMatch(/^subscriptions\.0\.url:/m);
    expect(input('logging').disabled).toBe(false);
    expect(container.querySelector('[data-managed]')).toBeNull();
  });

  it('shows no notice and no locked control without a policy', async () => {
    await openOptions();
    expect(container.querySelector('[data-managed-policy]')).toBeNull();
    expect(container.querySelector('input:disabled')).toBeNull();
  });
});

describe('popup under an institution policy', () => {
  async function openPopup() {
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ active: true, url: 'https://x.com/home' });
    act(() => render(<PopupPage />, container));
    await vi.waitFor(() => expect(container.querySelector('[data-popup="today"]')).not.toBeNull());
  }
  const line = (name: string) => container.querySelector<HTMLElement>(`[data-popup="${name}"]`);

  it('says the institution manages settings, and that history is off when the policy forces it off', async () => {
    await fakeBrowser.storage.managed.set({ logging: false });
    await openPopup();
    await vi.waitFor(() => expect(line('managed')?.textContent).toBe('Sebagian pengaturan dikelola oleh instansi Anda.'));
    expect(line('logging-off')).not.toBeNull();
  });

  it('says a malformed policy was not applied', async () => {
    await fakeBrowser.storage.managed.set({ strict: 'yes' });
    await openPopup();
    await vi.waitFor(() => expect(line('managed')?.textContent).toMatch(/tidak valid/));
  });

  it('says nothing about a policy when there is none', async () => {
    await openPopup();
    expect(line('managed')).toBeNull();
  });
});
