// @vitest-environment happy-dom
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountTables } from '../../../src/background/account-tables';
import { Health } from '../../../src/background/health';
import type { RouterDeps } from '../../../src/background/router';
import { openHistoryDb } from '../../../src/history/store';
import { importedLists } from '../../../src/settings/imported-lists';
import { DEFAULT_PREFERENCES, preferences } from '../../../src/settings/preferences';
import { HistoryPage } from '../../../src/ui/pages/HistoryPage';
import { PopupPage } from '../../../src/ui/popup/PopupPage';
import { fakeBackground } from '../fake-background';
import { sampleEntry } from '../history/sample-entry';
import { fillable, refusingFactory } from './full-disk';

/** What the popup and the history page tell the user when storage fails. */

let container: HTMLElement;
let route: (message: unknown) => Promise<unknown>;

async function background(deps: Partial<RouterDeps>, language: 'id' | 'en') {
  const health = new Health();
  route = await fakeBackground({ tables: new AccountTables(health), health, ...deps });
  await preferences.setValue({ ...DEFAULT_PREFERENCES, language });
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ active: true, url: 'https://x.com/home' });
}

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const item = (name: string) => container.querySelector<HTMLElement>(`[data-popup="${name}"]`);

async function openPopup() {
  act(() => render(<PopupPage />, container));
  await vi.waitFor(() => expect(item('protection')).not.toBeNull());
}

describe('popup under faults', () => {
  it('says history is off, and why, while protection stays on', async () => {
    const refused = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    await background({ historyDb: () => openHistoryDb(refusingFactory(refused)) }, 'id');
    await openPopup();
    await vi.waitFor(() => expect(item('history-health')).not.toBeNull());
    expect(item('history-health')?.dataset.history).toBe('unavailable');
    expect(item('history-health')?.textContent).toMatch(/^Riwayat tidak aktif: .*InvalidStateError.*Peringatan tetap berjalan/);
    expect(item('protection')?.dataset.protection).toBe('on');
    expect(item('today')).toBeNull();
  });

  it('says the history could not be saved because storage is full', async () => {
    const disk = fillable(await openHistoryDb(new IDBFactory()));
    await background({ historyDb: async () => disk.db }, 'en');
    await route({ type: 'decision:log', entry: sampleEntry(1, { at: Date.now() }) });
    disk.full = true;
    await route({ type: 'decision:log', entry: sampleEntry(2, { at: Date.now() }) });
    await openPopup();
    await vi.waitFor(() => expect(item('history-health')?.dataset.history).toBe('full'));
    expect(item('history-health')?.textContent).toMatch(/^The history could not be saved: this device’s storage is full/);
    expect(item('today')?.textContent).toBe('Warnings today: 1');
  });

  it('says protection is degraded when the stored lists cannot be read', async () => {
    await background({}, 'id');
    await importedLists.setValue('rusak' as never);
    await openPopup();
    expect(item('protection')?.dataset.protection).toBe('degraded');
    expect(item('protection')?.textContent).toMatch(/^Perlindungan berkurang: daftar yang tersimpan tidak dapat dibaca/);
    expect(item('protection')?.className).toBe('error');
  });
});

describe('history page under faults', () => {
  it('keeps showing the earlier decisions and says new ones cannot be saved while storage is full', async () => {
    // The page reads the same database the background writes.
    globalThis.indexedDB = new IDBFactory();
    const disk = fillable(await openHistoryDb());
    await background({ historyDb: async () => disk.db }, 'en');
    await route({ type: 'decision:log', entry: sampleEntry(1, { at: Date.now() }) });
    disk.full = true;
    await route({ type: 'decision:log', entry: sampleEntry(2, { at: Date.now() }) });
    act(() => render(<HistoryPage />, container));
    await vi.waitFor(() => expect(container.querySelector('[data-history-health="full"]')).not.toBeNull());
    expect(container.querySelector('[data-history-health]')?.getAttribute('role')).toBe('alert');
    await vi.waitFor(() => expect(container.querySelector('table[aria-busy="false"]')).not.toBeNull());
    expect([...container.querySelectorAll<HTMLElement>('[data-history-entry]')].map((row) => row.dataset.historyEntry)).toEqual([
      sampleEntry(1).id,
    ]);
    disk.db.close();
  });
});
