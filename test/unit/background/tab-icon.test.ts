import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountTables } from '../../../src/background/account-tables';
import { setListEnabled, summariseLists } from '../../../src/background/manage-lists';
import { createRouter } from '../../../src/background/router';
import { iconPath, tabIcon } from '../../../src/background/tab-icon';
import { SITE_HOST_PATTERNS } from '../../../src/sites/host-patterns';

type Icon = { tabId?: number; path?: unknown };
let icons: Icon[];
/** The icon each tab was last given. */
const lastIcon = () => new Map(icons.map((icon) => [icon.tabId, icon.path]));

const GUARDED = iconPath('guarded');
const UNGUARDED = iconPath('unguarded');

async function allListsOff() {
  for (const list of await summariseLists()) await setListEnabled(list.id, false);
}

/** Open tabs on watched sites; the ones in `answering` have a content script that replies. */
function watchedTabs(ids: number[], answering: number[]) {
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () =>
    ids.map((id) => ({ id, url: 'https://x.com/home' }))) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number) => {
    if (!answering.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { state: 'read', posts: 3, authors: 3, controls: 0 };
  }) as never);
  return query;
}

beforeEach(() => {
  fakeBrowser.reset();
  icons = [];
  vi.spyOn(fakeBrowser.action, 'setIcon').mockImplementation((async (details: Icon) => void icons.push(details)) as never);
});
afterEach(() => vi.restoreAllMocks());

describe("a tab's toolbar icon", () => {
  it('turns guarded in a tab whose content script reports, while the shipped lists are on', async () => {
    const icon = tabIcon();
    icon.pageRead(7);
    await icon.settled();
    expect(icons).toEqual([{ tabId: 7, path: GUARDED }]);
  });

  it('stays unguarded in a reporting tab when every list is switched off', async () => {
    await allListsOff();
    const icon = tabIcon();
    icon.pageRead(7);
    await icon.settled();
    expect(icons).toEqual([{ tabId: 7, path: UNGUARDED }]);
  });

  it('is unguarded when the lists cannot be read: it never promises what it cannot confirm', async () => {
    const icon = tabIcon(() => Promise.reject(new Error('storage broken')));
    icon.pageRead(7);
    await icon.settled();
    expect(icons).toEqual([{ tabId: 7, path: UNGUARDED }]);
  });

  it('is set for that tab only, never for every tab', async () => {
    const icon = tabIcon();
    icon.pageRead(3);
    icon.pageRead(4);
    await icon.settled();
    expect(icons.every((details) => typeof details.tabId === 'number')).toBe(true);
  });

  it('follows protection being switched off and on in every watched tab, guarded only where the script answers', async () => {
    const query = watchedTabs([1, 2], [1]);
    let on = true;
    const icon = tabIcon(async () => on);
    on = false;
    icon.listsChanged();
    await icon.settled();
    expect(query).toHaveBeenCalledWith({ url: [...SITE_HOST_PATTERNS] });
    // Off: grey everywhere, also in a tab loaded before the install.
    expect(lastIcon()).toEqual(new Map([[1, UNGUARDED], [2, UNGUARDED]]));
    on = true;
    icon.listsChanged();
    await icon.settled();
    // On: only the tab whose script answers is guarded; the other stays grey.
    expect(lastIcon()).toEqual(new Map([[1, GUARDED], [2, UNGUARDED]]));
  });

  it('follows the real list switches', async () => {
    watchedTabs([5], [5]);
    const icon = tabIcon();
    icon.pageRead(5);
    await allListsOff();
    icon.listsChanged();
    await icon.settled();
    expect(icons.map((details) => details.path)).toEqual([GUARDED, UNGUARDED]);
    await setListEnabled((await summariseLists())[0]!.id, true);
    icon.listsChanged();
    await icon.settled();
    expect(icons.at(-1)).toEqual({ tabId: 5, path: GUARDED });
  });

  it('keeps going when a tab closes between the query and its update', async () => {
    watchedTabs([1, 2], [1, 2]);
    vi.mocked(fakeBrowser.action.setIcon).mockImplementation((async (details: Icon) => {
      if (details.tabId === 1) throw new Error('No tab with id: 1.');
      icons.push(details);
    }) as never);
    const icon = tabIcon(async () => true);
    icon.listsChanged();
    await icon.settled();
    expect(icons).toEqual([{ tabId: 2, path: GUARDED }]);
  });

  it("uses Firefox MV2's browserAction where there is no action", async () => {
    const setIcon = vi.fn(async () => {});
    const action = fakeBrowser.action;
    Object.defineProperty(fakeBrowser, 'action', { value: undefined, configurable: true });
    const browserAction = vi.spyOn(fakeBrowser.browserAction, 'setIcon').mockImplementation(setIcon as never);
    try {
      const icon = tabIcon(async () => true);
      icon.pageRead(9);
      await icon.settled();
      expect(browserAction).toHaveBeenCalledWith({ tabId: 9, path: GUARDED });
    } finally {
      Object.defineProperty(fakeBrowser, 'action', { value: action, configurable: true });
    }
  });

  it("is told by the router when a site tab's script reports how its page reads", async () => {
    const icon = tabIcon(async () => true);
    const router = createRouter({ tables: new AccountTables(), historyDb: () => Promise.reject(new Error('unused')), pageRead: (tabId) => icon.pageRead(tabId) });
    expect(await router({ type: 'page:reading', state: 'nothing' }, { fromExtensionPage: false, tabId: 12 })).toEqual({ ok: true });
    await icon.settled();
    expect(icons).toEqual([{ tabId: 12, path: GUARDED }]);
  });
});

describe('the icon files', () => {
  it('name the toolbar sizes npm run icons writes', () => {
    expect(GUARDED).toEqual({ 16: '/icons/guarded-16.png', 32: '/icons/guarded-32.png' });
    expect(UNGUARDED).toEqual({ 16: '/icons/unguarded-16.png', 32: '/icons/unguarded-32.png' });
  });
});
