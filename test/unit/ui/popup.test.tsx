// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupPage } from '../../../src/ui/popup/PopupPage';
import { startOfToday } from '../../../src/ui/popup/popup-status';
import { DEFAULT_PREFERENCES, preferences } from '../../../src/settings/preferences';
import { SummaryResponseSchema } from '../../../src/messaging/protocol';
import { sampleEntry } from '../history/sample-entry';
import { fakeBackground } from '../fake-background';

let route: (message: unknown) => Promise<unknown>;
let container: HTMLElement;

beforeEach(async () => {
  route = await fakeBackground();
  await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'id' });
  container = document.createElement('div');
  document.body.append(container);
  vi.spyOn(window, 'close').mockImplementation(() => {});
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

/** The tab the popup was opened over, in the focused window. */
async function activeTab(url?: string) {
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ active: true, ...(url ? { url } : {}) });
}
const item = (name: string) => container.querySelector<HTMLElement>(`[data-popup="${name}"]`);

async function open() {
  act(() => render(<PopupPage />, container));
  await vi.waitFor(() => expect(item('today')).not.toBeNull());
}

async function shippedLists() {
  return SummaryResponseSchema.parse(await route({ type: 'lists:summary' })).lists;
}

describe('popup', () => {
  it('shows the site, protection, lists on and only the warnings taken since local midnight', async () => {
    await activeTab('https://x.com/home');
    const midnight = startOfToday();
    for (const [n, at] of [[1, midnight - 1], [2, midnight], [3, Date.now()]] as const) {
      await route({ type: 'decision:log', entry: sampleEntry(n, { at }) });
    }
    await open();
    expect(item('site')?.dataset.site).toBe('x');
    expect(item('site')?.textContent).toContain('X');
    expect(item('protection')?.dataset.protection).toBe('on');
    expect(item('lists')?.textContent).toBe(`Daftar yang aktif: ${(await shippedLists()).length}`);
    expect(item('today')?.textContent).toBe('Peringatan hari ini: 2');
    expect(item('out-of-date')).toBeNull();
    expect(item('logging-off')).toBeNull();
  });

  it('says a tab on another site (whose URL the browser hides) is not watched', async () => {
    await activeTab();
    await open();
    expect(item('site')?.dataset.site).toBe('');
    expect(item('site')?.textContent).toMatch(/tidak berada di situs/);
  });

  it('says protection is off when every list is switched off', async () => {
    await activeTab('https://www.youtube.com/watch?v=1');
    for (const list of await shippedLists()) await route({ type: 'lists:switch', listId: list.id, enabled: false });
    await open();
    expect(item('site')?.dataset.site).toBe('youtube');
    expect(item('protection')?.dataset.protection).toBe('off');
    expect(item('lists')?.textContent).toBe('Daftar yang aktif: 0');
  });

  it('counts switched-on lists that are out of date', async () => {
    await activeTab('https://x.com/home');
    const expired = {
      format: 'jaga-netral/list@1',
      id: 'old',
      title: 'Old',
      updated: '2020-01-01',
      expires: '2020-06-30',
      entries: [{ name: 'K', accounts: [{ platform: 'x', id: 'kompascom' }] }],
    };
    await route({ type: 'lists:import', text: JSON.stringify(expired) });
    await open();
    expect(item('out-of-date')?.textContent).toBe('Kedaluwarsa: 1');
  });

  it('speaks the language chosen in the options and notes when history is off', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'en', logging: false });
    await activeTab('https://www.threads.net/');
    await open();
    expect(document.documentElement.lang).toBe('en');
    expect(item('today')?.textContent).toBe('Warnings today: 0');
    expect(item('logging-off')?.textContent).toMatch(/not written/);
  });

  it('opens the history page in a tab and the options page', async () => {
    await activeTab('https://x.com/home');
    const openOptions = vi.fn(async () => {});
    fakeBrowser.runtime.openOptionsPage = openOptions;
    await open();
    act(() => container.querySelector<HTMLButtonElement>('[data-popup-link="history"]')!.click());
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/history.html')),
    );
    act(() => container.querySelector<HTMLButtonElement>('[data-popup-link="options"]')!.click());
    await vi.waitFor(() => expect(openOptions).toHaveBeenCalledOnce());
  });

  describe("the page's reading, asked of the tab's own script", () => {
    const answer = (reply: unknown) =>
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
        expect(message).toEqual({ type: 'page:reading:get' });
        return reply;
      });

    it('says when Jaga Netral does not recognise the layout of the page', async () => {
      answer({ state: 'unreadable', posts: 0, authors: 0, controls: 0 });
      await activeTab('https://x.com/home');
      await open();
      await vi.waitFor(() => expect(item('page-reading')?.dataset.reading).toBe('unreadable'));
      expect(item('page-reading')?.textContent).toMatch(/tidak mengenali tata letak halaman ini/);
      expect(item('page-reading')?.className).toBe('error');
    });

    it('says when the page is in a language whose labels Jaga Netral does not know', async () => {
      answer({ state: 'partial', posts: 4, authors: 4, controls: 0, language: 'ru' });
      await activeTab('https://www.instagram.com/reels/DUYDBGXgi8u/');
      await open();
      await vi.waitFor(() => expect(item('page-reading')?.dataset.reading).toBe('partial'));
      expect(item('page-reading')?.textContent).toMatch(/Bahasa antarmuka halaman ini \(ru\) tidak dikenali/);
      expect(item('page-reading')?.className).toBe('error');
    });

    it('shows what it read of a page it understands, in English when chosen', async () => {
      await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'en' });
      answer({ state: 'read', posts: 6, authors: 6, controls: 2 });
      await activeTab('https://x.com/home');
      await open();
      await vi.waitFor(() => expect(item('page-reading')?.dataset.reading).toBe('read'));
      expect(item('page-reading')?.textContent).toBe('Read on this page: 6 posts or profiles, 6 with their author, 2 actions recognised.');
    });

    it('shows nothing about the page when the tab has no script to answer, or answers nonsense', async () => {
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
      await activeTab('https://x.com/home');
      await open();
      expect(item('page-reading')).toBeNull();
      render(null, container);
      answer({ state: 'fine', posts: -1 });
      await open();
      expect(item('page-reading')).toBeNull();
    });

    it('does not ask a tab that is not on a watched site', async () => {
      const asked = answer({ state: 'read', posts: 1, authors: 1, controls: 0 });
      await activeTab();
      await open();
      expect(asked).not.toHaveBeenCalled();
      expect(item('page-reading')).toBeNull();
    });
  });
});
