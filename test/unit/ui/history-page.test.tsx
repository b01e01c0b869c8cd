// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountTables } from '../../../src/background/account-tables';
import { createRouter } from '../../../src/background/router';
import { asExtensionPage } from '../background/as-extension-page';
import { openHistoryDb } from '../../../src/history/store';
import { appendDecision, listDecisions } from '../history/store-access';
import { preferences, DEFAULT_PREFERENCES } from '../../../src/settings/preferences';
import { retention } from '../../../src/settings/retention';
import { HistoryPage } from '../../../src/ui/pages/HistoryPage';
import { putRaw } from '../history/raw-record';
import { sampleEntry } from '../history/sample-entry';

const ROW = '[data-history-entry]';
let app: HTMLElement;
let db: IDBDatabase;

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  db = await openHistoryDb();
  const route = asExtensionPage(createRouter({ tables: new AccountTables(), historyDb: async () => db }));
  // The fake browser only passes on replies given through sendResponse.
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message).then(sendResponse);
    return true;
  });
  await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'en' });
  app = document.createElement('main');
  document.body.append(app);
});

afterEach(() => {
  act(() => render(null, app));
  app.remove();
  db.close();
});

const now = Date.now();
const ENTRIES = [
  sampleEntry(1, { at: now - 3_600_000 * 3 }),
  sampleEntry(2, { at: now - 3_600_000 * 2, decision: 'proceeded', intent: 'follow', reason: 'Liputan humas' }),
  sampleEntry(3, { at: now - 3_600_000, account: 'x:ganjarpranowo', entryLabel: 'Ganjar <b>Pranowo</b>' }),
];

async function open(entries = ENTRIES) {
  await Promise.all(entries.map((entry) => appendDecision(db, entry)));
  act(() => render(<HistoryPage />, app));
  await vi.waitFor(() => expect(app.querySelector('table[aria-busy="false"]')).not.toBeNull());
}

const pad = (n: number) => String(n).padStart(2, '0');
const rows = () => [...app.querySelectorAll<HTMLElement>(ROW)];
const count = (key: string) => app.querySelector(`[data-count="${key}"] dd`)?.textContent;
const control = <T extends HTMLElement>(selector: string) => app.querySelector<T>(selector)!;

async function choose(selector: string, value: string, event = 'change') {
  await act(() => {
    const input = control<HTMLInputElement | HTMLSelectElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

async function click(selector: string) {
  await act(() => control(selector).click());
}

describe('history page', () => {
  it('lists decisions newest first with the test contract attributes', async () => {
    await open();
    expect(rows().map((row) => [row.dataset['account'], row.dataset['intent'], row.dataset['decision']])).toEqual([
      ['x:ganjarpranowo', 'like', 'cancelled'],
      ['x:aniesbaswedan', 'follow', 'proceeded'],
      ['x:aniesbaswedan', 'like', 'cancelled'],
    ]);
    expect(rows()[0]?.dataset['historyEntry']).toBe(ENTRIES[2]!.id);
  });

  it('shows names as text, never as markup, and the reason when there is one', async () => {
    await open();
    expect(rows()[0]?.querySelector('b')).toBeNull();
    expect(rows()[0]?.textContent).toContain('Ganjar <b>Pranowo</b>');
    expect(rows()[1]?.textContent).toContain('Liputan humas');
    expect(rows()[1]?.textContent).toContain('Follow');
  });

  it('narrows rows and counts when a filter changes', async () => {
    await open();
    expect([count('total'), count('cancelled'), count('proceeded')]).toEqual(['3', '2', '1']);
    await choose('select[name="decision"]', 'proceeded');
    expect(rows().map((row) => row.dataset['decision'])).toEqual(['proceeded']);
    expect([count('total'), count('cancelled'), count('proceeded'), count('follow')]).toEqual(['1', '0', '1', '1']);
    await choose('select[name="decision"]', '');
    await choose('input[name="search"]', 'ganjar', 'input');
    expect(rows().map((row) => row.dataset['account'])).toEqual(['x:ganjarpranowo']);
  });

  it('labels every filter', async () => {
    await open();
    for (const field of app.querySelectorAll('fieldset input, fieldset select')) {
      expect(field.closest('label')?.textContent?.trim()).toBeTruthy();
    }
  });

  it('says how many damaged records it skipped', async () => {
    await putRaw(db, { ...sampleEntry(9), decision: 'approved' });
    await open();
    expect(rows()).toHaveLength(3);
    expect(app.textContent).toContain('1 damaged record skipped');
  });

  it('prepares a CSV of the current filter as a download link', async () => {
    await open();
    await click('button[name="export-csv"]');
    const link = control<HTMLAnchorElement>('a[data-export="csv"]');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    expect(link.getAttribute('download')).toMatch(/^jaga-netral-history-\d{8}-\d{4}\.csv$/);
  });

  it('deletes everything only after a confirmation that starts on Cancel', async () => {
    await open();
    await click('button[name="delete-all"]');
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel');
    await click('[data-confirm] [data-action="cancel"]');
    expect(await listDecisions(db)).toHaveLength(3);

    await click('button[name="delete-all"]');
    await click('[data-confirm] [data-action="confirm"]');
    await vi.waitFor(() => expect(rows()).toHaveLength(0));
    expect(await listDecisions(db)).toEqual([]);
    expect(app.textContent).toContain('3 decisions deleted.');
  });

  it('deletes the date filter’s range through the background', async () => {
    const old = sampleEntry(7, { at: now - 200 * 86_400_000 });
    const day = new Date(old.at);
    await open([...ENTRIES, old]);
    await choose('input[name="to"]', `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`);
    expect(rows()).toHaveLength(1);
    await click('button[name="delete-range"]');
    expect(control('[data-confirm]').textContent).toContain('Delete 1 decision from');
    await click('[data-confirm] [data-action="confirm"]');
    await vi.waitFor(() => expect(rows()).toHaveLength(0));
    expect((await listDecisions(db)).map((e) => e.id)).not.toContain(old.id);
    expect(await listDecisions(db)).toHaveLength(3);
  });

  it('shows and changes the retention', async () => {
    await open();
    expect(control<HTMLSelectElement>('select[name="retention"]').value).toBe('365');
    await choose('select[name="retention"]', '30');
    expect(await retention.getValue()).toBe(30);
  });

  it('follows the language preference', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'id' });
    await open();
    expect(app.querySelector('h1')?.textContent).toBe('Riwayat keputusan');
  });
});
