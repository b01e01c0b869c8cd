// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { beforeAll, describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../../src/sites/tiktok';
import { accountKey, clickOn, described, detectOn, loadLivePage, markablesOn, markersOnLivePage } from './live-page';
import { publishEvents } from '../sites/publish-events';

const { publishClick } = publishEvents(tiktokAdapter);

/**
 * The two real TikTok profiles saved from the live site (logged out). Every
 * expected value below was read from the saved markup, not from the adapter:
 * the owners from the canonical URL (2025-04) and the handle line and video
 * links (2026-05, which has no canonical link), the tiles' videos from their
 * links, in page order.
 */
const RAPVIET = {
  page: 'tiktok/profile-2025-04',
  url: 'https://www.tiktok.com/@rapvietvevo',
  owner: 'tiktok:rapvietvevo',
  videos: [
    '7056395515763625243', '7012976230991482138', '7495018070541438215', '7494282562244758801',
    '7492446954719399188', '7491316080917351688', '7490137328388787473', '7488570578987666705',
    '7488338442384854292', '7488172814307003655', '7487599866252643602', '7486507943928597767',
    '7484949468517911809', '7483785876368182536', '7482275254254046480', '7481284277393591569',
    '7480411527938428167', '7479824186689457426', '7479638272243748103', '7479283453641477394',
    '7478309994958540040', '7477885850831916295', '7477239302326455570', '7477152692519849223',
    '7476491461203119368', '7476466401138511112', '7476423242094267656', '7476422935603907858',
    '7475337407211130130', '7474987211981638913', '7474621561236884753', '7474505905376185601',
    '7474178923933306120', '7473512673905282312', '7472753295560330504', '7472042942186736917',
  ],
};
const ALCALDIA = {
  page: 'tiktok/profile-2026-05',
  url: 'https://www.tiktok.com/@alcaldiasa',
  owner: 'tiktok:alcaldiasa',
  videos: [
    '7641084911117536533', '7641024016072871189', '7640318442058304788', '7639864773563141397',
    '7637918163279023381', '7637701917413575956', '7636611850662104341', '7636416728746085652',
    '7636162306476461332', '7636130466117979413', '7635794482629283093', '7635517098810150165',
    '7635326537348254997', '7633554472765099284', '7633455207971556629', '7633288211917262101',
  ],
};
type Profile = typeof RAPVIET;

const find = (selector: string, scope: ParentNode = document): HTMLElement => {
  const element = scope.querySelector<HTMLElement>(selector);
  if (element === null) throw new Error(`${selector} not on the page`);
  return element;
};
const tiles = () => [...document.querySelectorAll<HTMLElement>('[data-e2e="user-post-item"]')];
const click = (target: Element) => described(clickOn(tiktokAdapter, target));
const header = () => find('[data-e2e="user-title"]');

/** What a reader writes down for one markable: its kind, account, and the heading or the video it sits on. */
function shown({ element, markable }: ReturnType<typeof markablesOn>[number]): string {
  const video = element.querySelector('a[href*="/video/"]')?.getAttribute('href')?.split('/video/')[1];
  return `${markable.kind} ${accountKey(markable.account)} ${video ?? element.getAttribute('data-e2e')}`;
}
const expectedMarkables = ({ owner, videos }: Profile) => [`profile ${owner} user-title`, ...videos.map((video) => `post ${owner} ${video}`)];

/** Every pressable on the page that the adapter answers for, as "intent account" by the control's data-e2e. */
function guardedControls(): string[] {
  return [...document.querySelectorAll('button, [role="button"], a')]
    .map((control) => [control.getAttribute('data-e2e'), click(control)] as const)
    .filter(([, action]) => action !== null)
    .map(([hook, action]) => `${hook}: ${action}`);
}

/** The markers that land with `listed` as the listed accounts, each with the element it was placed in. */
function markersLanding(listed: readonly string[]): { account: string; anchor: Node | undefined }[] {
  return markersOnLivePage(tiktokAdapter, listed).map(({ account, anchor }) => ({ account, anchor: anchor ?? undefined }));
}

beforeAll(() => {
  // A click on a saved page's link must not move happy-dom off the page.
  window.addEventListener('click', (event) => event.preventDefault(), { capture: true });
});

describe('profile-2025-04: a profile with Follow and Share in its header, logged out', () => {
  const load = (edit?: (source: string) => string) => loadLivePage(RAPVIET.page, RAPVIET.url, edit);

  it('is the profile of @rapvietvevo, whose handle heads the header', () => {
    load();
    expect(tiktokAdapter.profileOwner(new URL(RAPVIET.url), document)).toEqual({ platform: 'tiktok', id: 'rapvietvevo' });
  });

  it('marks the header heading and all 36 grid videos as the owner’s', () => {
    load();
    const found = markablesOn(tiktokAdapter);
    expect(found.map(shown)).toEqual(expectedMarkables(RAPVIET));
    expect(found[0]!.markable).toMatchObject({ anchor: header(), followed: false });
    // Each tile's label sits on its play-count line, inside the tile.
    found.slice(1).forEach(({ element, markable }) => {
      expect(markable.anchor).toBe(find('[data-e2e="video-views"]', element).parentElement);
    });
  });

  it('guards exactly Follow and Share, both for the owner', () => {
    load();
    expect(guardedControls()).toEqual(['follow-button: follow tiktok:rapvietvevo', 'share-btn: share tiktok:rapvietvevo']);
  });

  it('Share and Follow touch the profile, no video: they carry no post text to read (issue 17)', () => {
    load();
    expect(clickOn(tiktokAdapter, find('[data-e2e="share-btn"]'))?.text).toBeUndefined();
    expect(clickOn(tiktokAdapter, find('[data-e2e="follow-button"]'))?.text).toBeUndefined();
  });

  it('no button of the profile publishes: it has no comment box', () => {
    load();
    for (const control of document.querySelectorAll('button, [role="button"]')) {
      expect(publishClick(control)).toBeNull();
    }
  });

  it('a press on the label or icon inside Follow and Share is the button’s', () => {
    load();
    const follow = find('[data-e2e="follow-button"]');
    const share = find('[data-e2e="share-btn"]');
    expect(clickOn(tiktokAdapter, find('.TUXButton-label', follow))).toMatchObject({ intent: 'follow', element: follow });
    expect(clickOn(tiktokAdapter, find('svg path', share))).toMatchObject({ intent: 'share', element: share });
  });

  it('Message, the two Actions menus, the tabs, the sort buttons, counts, bio and the videos are no guarded action', () => {
    load();
    const nothing = [
      find('[data-e2e="message-button"]'),
      ...document.querySelectorAll('[data-e2e="user-more"]'),
      find('[data-e2e="videos-tab"]'),
      find('[data-e2e="liked-tab"]'),
      ...document.querySelectorAll('.TUXSegmentedControl-item'),
      find('[data-e2e="followers-count"]'),
      find('[data-e2e="user-bio"]'),
      find('[data-e2e="user-avatar"] img'),
      ...tiles().flatMap((tile) => [tile, find('a', tile), find('img', tile), find('[data-e2e="video-views"]', tile)]),
    ];
    expect(nothing).toHaveLength(11 + 4 * 36);
    for (const target of nothing) expect(click(target)).toBeNull();
  });

  // The capture shows Follow as TikTok renders it to someone who does not
  // follow; once followed TikTok keeps the hook, turns the button secondary and
  // relabels it. These edits of the real header show that state.
  const followedAs = (label: string, variant: 'primary' | 'secondary') => (source: string) =>
    source.replace(
      /TUXButton--primary" aria-disabled="false" type="button" aria-label="Follow RAP VIỆT VEVO" data-e2e="follow-button"><div class="TUXButton-content"><div class="TUXButton-label">Follow</,
      `TUXButton--${variant}" aria-disabled="false" type="button" data-e2e="follow-button"><div class="TUXButton-content"><div class="TUXButton-label">${label}<`,
    );

  // Vietnamese, a language with no label table, shows what an unknown language gets: the button's design decides.
  const langOf = (label: string) => (/[Đđ]/.test(label) ? 'vi' : 'en');

  it.each([
    ['Following', 'secondary'],
    ['Mengikuti', 'secondary'],
    ['Đang theo dõi', 'secondary'],
    ['Following', 'primary'],
    ['Mengikuti', 'primary'],
    ['Teman', 'primary'],
  ] as const)('Follow reading %s on a %s button already follows: no intent, and the header says followed', (label, variant) => {
    load(followedAs(label, variant));
    document.documentElement.lang = langOf(label);
    expect(find('[data-e2e="follow-button"]').textContent).toBe(label);
    expect(click(find('[data-e2e="follow-button"]'))).toBeNull();
    expect(markablesOn(tiktokAdapter)[0]!.markable).toMatchObject({ kind: 'profile', followed: true });
  });

  it.each(['Ikuti', 'Ikuti balik', 'Follow back', 'Theo dõi'])('the primary Follow reading %s follows the owner', (label) => {
    load(followedAs(label, 'primary'));
    document.documentElement.lang = langOf(label);
    expect(click(find('[data-e2e="follow-button"]'))).toBe('follow tiktok:rapvietvevo');
  });

  it('follows and shares nobody while the header still shows another profile', () => {
    loadLivePage(RAPVIET.page, 'https://www.tiktok.com/@kompascom');
    expect(click(find('[data-e2e="follow-button"]'))).toBeNull();
    expect(click(find('[data-e2e="share-btn"]'))).toBeNull();
    expect(markablesOn(tiktokAdapter).map(shown)).toEqual(RAPVIET.videos.map((video) => `post ${RAPVIET.owner} ${video}`));
  });

  it('markers land on the header and every video of a listed owner, and nowhere for another account', () => {
    load();
    const landed = markersLanding([RAPVIET.owner]);
    expect(landed).toHaveLength(37);
    expect(landed.every(({ account }) => account === RAPVIET.owner)).toBe(true);
    expect(landed[0]!.anchor).toBe(header());
    expect(landed.slice(1).map(({ anchor }) => anchor)).toEqual(tiles().map((tile) => find('[data-e2e="video-views"]', tile).parentElement));
    expect(markersOnLivePage(tiktokAdapter, ['tiktok:alcaldiasa'])).toEqual([]);
  });
});

describe('profile-2026-05: a profile whose header rendered no buttons, logged out', () => {
  const load = () => loadLivePage(ALCALDIA.page, ALCALDIA.url);

  it('is the profile of @alcaldiasa: here the heading is the display name and the line under it the handle', () => {
    load();
    expect(header().textContent).toBe('Alcaldía de Santa Ana');
    expect(tiktokAdapter.profileOwner(new URL(ALCALDIA.url), document)).toEqual({ platform: 'tiktok', id: 'alcaldiasa' });
  });

  it('marks the header heading, not followed, and all 16 grid videos as the owner’s', () => {
    load();
    const found = markablesOn(tiktokAdapter);
    expect(found.map(shown)).toEqual(expectedMarkables(ALCALDIA));
    expect(found[0]!.markable).toMatchObject({ anchor: header(), followed: false });
    // These tiles show no play count: the label goes on the tile.
    found.slice(1).forEach(({ element, markable }) => expect(markable.anchor).toBe(element));
  });

  it('a suggested account’s Following button outside the header says nothing about the owner', () => {
    load();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div><a href="/@kompascom">kompascom</a><button class="TUXButton TUXButton--secondary" data-e2e="follow-button">Following</button></div>',
    );
    expect(markablesOn(tiktokAdapter)[0]!.markable).toMatchObject({ kind: 'profile', followed: false });
  });

  it('guards nothing: no follow, like or share control is rendered', () => {
    load();
    expect(guardedControls()).toEqual([]);
  });

  it('a double-click on a grid video, or on the preview playing in the first, is no like', () => {
    load();
    const targets = [find('[data-e2e="user-post-item"] video'), ...tiles().map((tile) => find('img', tile))];
    expect(targets).toHaveLength(17);
    for (const target of targets) {
      expect(detectOn(tiktokAdapter, target, new MouseEvent('dblclick', { bubbles: true, cancelable: true }))).toBeNull();
    }
  });

  it('markers land on the header and every video of the listed owner, and nowhere for another account', () => {
    load();
    const landed = markersLanding([ALCALDIA.owner]);
    expect(landed).toHaveLength(17);
    expect(landed.every(({ account }) => account === ALCALDIA.owner)).toBe(true);
    expect(landed[0]!.anchor).toBe(header());
    expect(landed.slice(1).map(({ anchor }) => anchor)).toEqual(tiles());
    expect(markersOnLivePage(tiktokAdapter, [RAPVIET.owner])).toEqual([]);
  });
});
