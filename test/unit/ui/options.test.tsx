// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/ui/pages/OptionsPage';
import { DEFAULT_PREFERENCES, preferences, readPreferences } from '../../../src/settings/preferences';
import { fakeBackground } from '../fake-background';

let container: HTMLElement;

beforeEach(async () => {
  await fakeBackground();
  await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'id' });
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<OptionsPage />, container));
  await vi.waitFor(() => expect(container.querySelector('[data-list]')).not.toBeNull());
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const control = (selector: string) => container.querySelector<HTMLInputElement>(selector)!;
const click = (selector: string) => act(() => control(selector).click());

describe('options page', () => {
  it('starts with history on, strict mode off, markers on, language from the browser', () => {
    expect(control('input[name="logging"]').checked).toBe(true);
    expect(control('input[name="strict"]').checked).toBe(false);
    expect(control('input[name="markers"]').checked).toBe(true);
    expect(control('input[name="language"][value="id"]').checked).toBe(true);
  });

  it('switches the whole page to English when English is chosen, and stores the choice', async () => {
    expect(container.querySelector('h1')?.textContent).toBe('Pengaturan Jaga Netral');
    click('input[name="language"][value="en"]');
    await vi.waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('Jaga Netral settings'));
    expect(container.querySelector('th')?.textContent).toBe('On');
    expect(document.documentElement.lang).toBe('en');
    expect((await readPreferences()).language).toBe('en');
  });

  it('stores strict mode and logging, leaving the other settings as they were', async () => {
    click('input[name="strict"]');
    await vi.waitFor(async () => expect((await readPreferences()).strict).toBe(true));
    click('input[name="logging"]');
    await vi.waitFor(async () => expect(await readPreferences()).toEqual({ ...DEFAULT_PREFERENCES, language: 'id', logging: false, strict: true }));
    expect(control('input[name="logging"]').checked).toBe(false);
  });

  it('follows a change made in another options tab', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'id', strict: true });
    await vi.waitFor(() => expect(control('input[name="strict"]').checked).toBe(true));
  });

  it('labels every control and groups the settings under legends', () => {
    for (const input of container.querySelectorAll('input')) {
      const labelled = input.closest('label') ?? container.querySelector(`label[for="${input.id}"]`) ?? input.getAttribute('aria-label');
      expect(labelled, input.outerHTML).toBeTruthy();
    }
    expect([...container.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Bahasa', 'Peringatan', 'Riwayat', 'Tampilan']);
    expect(control('input[name="strict"]').getAttribute('aria-describedby')).toBe('strict-note');
  });
});
