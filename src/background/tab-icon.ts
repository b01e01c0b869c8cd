import { browser } from 'wxt/browser';
import { SITE_HOST_PATTERNS } from '../sites/host-patterns';
import { readTabPage } from '../messaging/read-tab-page';
import { summariseLists } from './manage-lists';
import { inOrder } from './in-order';

export type IconState = 'guarded' | 'unguarded';

/** The files `npm run icons` writes (public/icons/, the toolbar's 1× and 2×). */
export const iconPath = (state: IconState) => ({ 16: `/icons/${state}-16.png`, 32: `/icons/${state}-32.png` });

/** Protection is on while at least one list that names an account is switched on. */
export async function protectionOn(): Promise<boolean> {
  return (await summariseLists()).some((list) => list.enabled && list.accounts > 0);
}

/**
 * The toolbar icon of each tab: guarded (full colour) when the tab's page is
 * on a watched site, proved by its content script reporting how it reads the
 * page, and protection is on; unguarded (grey) everywhere else.
 *
 * The manifest's icon, the one every tab shows until told otherwise, is the
 * unguarded one. Both browsers drop a tab's own icon when the tab loads
 * another page, so a tab that leaves a watched site falls back to it by
 * itself; had the default been guarded, every other site would show a
 * promise the extension does not keep there. A watched tab turns guarded
 * only once its script has spoken, so a page loaded before the install (no
 * script in it) is not called guarded either.
 *
 * The health "!" and the page-reading "?" are badge text, drawn by the
 * browser over either icon; nothing here touches them. Updates run in order.
 */
export function tabIcon(isProtected: () => Promise<boolean> = protectionOn) {
  const updates = inOrder('tab icon');
  // An unreadable setting promises nothing: the "!" badge tells why.
  const current = () => isProtected().catch(() => false);
  const show = (tabId: number, state: IconState) => (browser.action ?? browser.browserAction).setIcon({ tabId, path: iconPath(state) });

  return {
    /** A site tab's content script reported on its page (`page:reading`). */
    pageRead(tabId: number): void {
      updates.run(async () => show(tabId, (await current()) ? 'guarded' : 'unguarded'));
    },
    /**
     * The lists in force changed: every watched tab shows the new state, when
     * guarded only if its script still answers (tabs that went elsewhere
     * already fell back to the default; tabs.query by URL needs only the host
     * permissions). One tab closing meanwhile does not stop the others.
     */
    listsChanged(): void {
      updates.run(async () => {
        const state: IconState = (await current()) ? 'guarded' : 'unguarded';
        const tabs = await browser.tabs.query({ url: [...SITE_HOST_PATTERNS] });
        await Promise.allSettled(
          tabs.map(async ({ id }) => {
            if (id === undefined) return;
            if (state === 'guarded' && (await readTabPage(id)) === null) return;
            await show(id, state);
          }),
        );
      });
    },
    /** Resolves once every update asked for so far is done (for tests). */
    settled: updates.settled,
  };
}
