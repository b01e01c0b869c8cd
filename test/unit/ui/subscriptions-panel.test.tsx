// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/ui/pages/OptionsPage';
import { DEFAULT_PREFERENCES, preferences } from '../../../src/settings/preferences';
import { subscriptions, type Subscription } from '../../../src/settings/subscriptions';
import { fakeBackground } from '../fake-background';

const KEY = 'XJz8GMC2Zd61gsSyXHKshQ9qGabSbPjnbbImWFf1uKE=';
const AT = Date.UTC(2026, 10, 25, 8);

const INSTITUTION: Subscription = {
  url: 'https://lists.example.go.id/asn.signed.json',
  publicKey: KEY,
  managed: true,
  accepted: { listId: 'asn-daerah', title: 'Daftar <b>ASN</b> daerah', sequence: 12, updated: '2026-11-20', digest: 'x', at: AT },
  lastCheckedAt: AT + 3_600_000,
  lastError: { code: 'bad-signature', at: AT + 3_600_000 },
  failures: 1,
  nextCheckAt: AT + 5_400_000,
};

const OWN: Subscription = {
  url: 'https://own.example.org/list.signed.json',
  publicKey: KEY,
  managed: false,
  lastCheckedAt: AT,
  lastError: { code: 'no-permission', detail: 'Failed to fetch', at: AT },
  failures: 1,
  nextCheckAt: AT + 1_800_000,
};

let container: HTMLElement;
let route: (message: unknown) => Promise<unknown>;

beforeEach(async () => {
  route = await fakeBackground();
  await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'en' });
  await subscriptions.setValue([INSTITUTION, OWN]);
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<OptionsPage />, container));
  await vi.waitFor(() => expect(container.querySelector('[data-subscription]')).not.toBeNull());
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const item = (url: string) => container.querySelector(`[data-subscription="${url}"]`)!;

describe('the subscriptions section of the options page', () => {
  it("shows the institution's subscription as managed, with no Remove, and why its last update was refused", () => {
    const managed = item(INSTITUTION.url);
    expect(managed.getAttribute('data-subscription-managed')).toBe('true');
    expect(managed.textContent).toContain('set by your institution');
    expect(managed.querySelector('[data-subscription-action="remove"]')).toBeNull();
    expect(managed.querySelector('[data-subscription-action="update"]')).not.toBeNull();
    expect(managed.querySelector('[data-subscription-status]')?.getAttribute('data-subscription-status')).toBe('error');
    expect(managed.querySelector('[data-subscription-status]')?.textContent).toContain('List: Daftar <b>ASN</b> daerah (asn-daerah): version 12, updated 2026-11-20');
    expect(managed.querySelector('b')).toBeNull();
    const error = managed.querySelector('[data-subscription-error="bad-signature"]');
    expect(error?.textContent).toContain('The signature does not match the public key');
    expect(error?.textContent).toContain('The list accepted earlier stays in force.');
  });

  it("offers to remove the user's own subscription and to allow access when the permission is missing", async () => {
    const own = item(OWN.url);
    expect(own.querySelector('[data-subscription-status]')?.getAttribute('data-subscription-status')).toBe('error');
    expect(own.querySelector('[data-subscription-error="no-permission"]')?.textContent).toContain('Allow access to it.');
    expect(own.querySelector('[data-subscription-action="allow"]')).not.toBeNull();
    act(() => own.querySelector<HTMLButtonElement>('[data-subscription-action="remove"]')!.click());
    await vi.waitFor(() => expect(container.querySelector(`[data-subscription="${OWN.url}"]`)).toBeNull());
    expect(await route({ type: 'subscriptions:list' })).toEqual({ subscriptions: [INSTITUTION] });
  });

  it('refuses an http address or a malformed key in plain words, storing nothing', async () => {
    const form = container.querySelector<HTMLFormElement>('[data-subscription-form]')!;
    const fill = (url: string, key: string) => {
      form.querySelector<HTMLInputElement>('[name="subscription-url"]')!.value = url;
      form.querySelector<HTMLInputElement>('[name="subscription-key"]')!.value = key;
      act(() => void form.dispatchEvent(new Event('submit', { cancelable: true })));
    };
    fill('http://lists.example.org/l.json', KEY);
    expect(container.querySelector('[data-subscription-form-error]')?.textContent).toMatch(/^Enter an https address/);
    fill('https://lists.example.org/l.json', 'abc');
    expect(container.querySelector('[data-subscription-form-error]')?.textContent).toMatch(/^Enter the public key exactly/);
    expect(await subscriptions.getValue()).toEqual([INSTITUTION, OWN]);
  });

  it('is in Indonesian when the page is', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'id' });
    await vi.waitFor(() => expect(container.querySelector('#subscriptions-heading')?.textContent).toBe('Langganan daftar'));
    expect(item(INSTITUTION.url).textContent).toContain('diatur oleh institusi Anda');
  });
});
