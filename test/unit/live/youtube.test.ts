// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { beforeEach, describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { accountKey, clickOn, described, detectOn, loadLivePage, markablesOn, markersOnLivePage } from './live-page';
import { publishEvents } from '../sites/publish-events';

const { publishClick } = publishEvents(youtubeAdapter);

/**
 * The two saved YouTube pages (../shared/live-dom/youtube). Every expected
 * account below was read off the saved markup by hand.
 */

const WATCH_URL = 'https://www.youtube.com/watch?v=0J2_YGuNrDo';
const OWNER = 'youtube:@graceleungyl';

/** The 20 comments of the watch page, in page order, by their authors' links (the first is the creator's own, pinned). */
const COMMENT_AUTHORS = [
  '@graceleungyl', '@ariannchgdgritopher', '@vishnukrishnaprasad424', '@thelongergame', '@bitcrawler',
  '@parisyxc', '@khalifasangarie5827', '@reinettevandermerwe2117', '@brianmorin5547', '@douglasfugazi',
  '@garyquigley1151', '@tejankshah89', '@zephyrmn', '@wildanputraaldi', '@kalimero138',
  '@aniruddhabhattacharya9857', '@poppsoundproductions', '@cp1007s', '@jamessteelplus', '@thegreytouch',
].map((handle) => `youtube:${handle}`);

const one = <E extends Element = HTMLElement>(selector: string, scope: ParentNode = document): E => {
  const found = scope.querySelectorAll<E>(selector);
  expect(found, selector).toHaveLength(1);
  return found[0]!;
};
const comments = () => [...document.querySelectorAll('ytd-comment-view-model')];
const summary = () =>
  markablesOn(youtubeAdapter).map(({ element, markable }) => `${markable.kind} ${accountKey(markable.account)} ${element.localName}`);

/**
 * Every button and link on the page except `guarded`, as what the adapter
 * answers for a click on it. The links' own navigation is cancelled: the
 * test window must stay on the saved page.
 */
function unguardedAnswers(guarded: readonly Element[]): (string | null)[] {
  const skip = new Set(guarded);
  const stay = (event: Event) => event.preventDefault();
  window.addEventListener('click', stay);
  try {
    // A disabled button (a comment's creator heart, to a visitor) fires no click at all.
    return [...document.querySelectorAll('button:not(:disabled), a[href], [role="button"]')]
      .filter((control) => !skip.has(control))
      .map((control) => described(clickOn(youtubeAdapter, control)));
  } finally {
    window.removeEventListener('click', stay);
  }
}

/** The markers that land for `listed`: the account each names and the element it was put in. */
const markerParents = (listed: readonly string[]) =>
  markersOnLivePage(youtubeAdapter, listed).map(({ account, anchor }) => ({ account, parent: anchor }));

describe('youtube/watch-2026-01-en: a watch page, logged out', () => {
  beforeEach(() => loadLivePage('youtube/watch-2026-01-en', WATCH_URL));

  const like = () => one('ytd-watch-metadata segmented-like-dislike-button-view-model like-button-view-model button');
  const dislike = () => one('ytd-watch-metadata segmented-like-dislike-button-view-model dislike-button-view-model button');
  const subscribe = () => one('ytd-watch-metadata #owner ytd-subscribe-button-renderer #subscribe-button-shape button');
  const bell = () => one('ytd-watch-metadata #owner #notification-preference-button button');
  const share = () => one('ytd-watch-metadata #top-level-buttons-computed button[aria-label="Share"]');
  const commentLikes = () => comments().map((comment) => one('#like-button button', comment));

  it("finds the video's owner row, all 20 comments and the one sidebar item that links its channel, each with its author", () => {
    // Of the sidebar's 40 lockups, 39 name their channel in plain text; the
    // 25th, a course (playlist), links its channel's handle in its byline.
    const lockups = [...document.querySelectorAll('yt-lockup-view-model')];
    expect(lockups).toHaveLength(40);
    expect(summary()).toEqual([
      `post ${OWNER} div`,
      ...COMMENT_AUTHORS.map((author) => `post ${author} ytd-comment-view-model`),
      'post youtube:@netninja yt-lockup-view-model',
    ]);
    expect(markablesOn(youtubeAdapter).at(-1)?.element).toBe(lockups[24]);
  });

  it("guards the video's like, Subscribe and Share for its channel", () => {
    expect(described(clickOn(youtubeAdapter, like()))).toBe(`like ${OWNER}`);
    expect(described(clickOn(youtubeAdapter, like().querySelector('svg')!))).toBe(`like ${OWNER}`);
    expect(described(clickOn(youtubeAdapter, subscribe()))).toBe(`follow ${OWNER}`);
    expect(described(clickOn(youtubeAdapter, one('span[role="text"]', subscribe())))).toBe(`follow ${OWNER}`);
    expect(described(clickOn(youtubeAdapter, share()))).toBe(`share ${OWNER}`);
    expect(clickOn(youtubeAdapter, subscribe())?.element).toBe(subscribe());
  });

  it("guards each comment's like for the comment's author, not the video's channel", () => {
    expect(commentLikes().map((button) => described(clickOn(youtubeAdapter, button)))).toEqual(
      COMMENT_AUTHORS.map((author) => `like ${author}`),
    );
  });

  it('passes the dislike, the notification bell, Save, Download, the menus, and every comment control but like', () => {
    expect(clickOn(youtubeAdapter, dislike())).toBeNull();
    expect(clickOn(youtubeAdapter, bell())).toBeNull();
    for (const label of ['Save to playlist', 'Download', 'More actions', 'View all', 'Show transcript']) {
      for (const button of document.querySelectorAll(`ytd-watch-metadata button[aria-label="${label}"]`)) {
        expect(clickOn(youtubeAdapter, button), label).toBeNull();
      }
    }
    for (const comment of comments()) {
      for (const control of comment.querySelectorAll('#dislike-button button, #reply-button-end button, ytd-menu-renderer button, #author-thumbnail-button, a[href]')) {
        expect(clickOn(youtubeAdapter, control)).toBeNull();
      }
    }
  });

  it('guards nothing else on the page: player, sidebar, masthead, links', () => {
    // Two more like buttons of this video: the pre-2023 info renderer's, still
    // in the page but hidden, and the player's full-screen quick actions.
    const otherLikes = [
      one('ytd-video-primary-info-renderer like-button-view-model button'),
      one('#movie_player yt-player-quick-action-buttons like-button-view-model button'),
    ];
    expect(otherLikes.map((button) => described(clickOn(youtubeAdapter, button)))).toEqual([`like ${OWNER}`, `like ${OWNER}`]);
    const guarded = [like(), ...otherLikes, subscribe(), share(), ...commentLikes()];
    const answers = unguardedAnswers(guarded);
    expect(answers.length).toBeGreaterThan(300);
    expect(answers.filter((answer) => answer !== null)).toEqual([]);
  });

  it('passes undoing: a pressed like (video or comment), a subscribed channel, its Subscribed words', () => {
    like().setAttribute('aria-pressed', 'true');
    expect(clickOn(youtubeAdapter, like())).toBeNull();
    const commentLike = commentLikes()[4]!;
    commentLike.setAttribute('aria-pressed', 'true');
    expect(clickOn(youtubeAdapter, commentLike)).toBeNull();
    one('ytd-watch-metadata ytd-subscribe-button-renderer').setAttribute('subscribed', '');
    expect(clickOn(youtubeAdapter, subscribe())).toBeNull();
    expect(clickOn(youtubeAdapter, bell())).toBeNull();
  });

  it("names no owner once the URL has moved to another video (the page still shows this one); comments keep their authors", () => {
    history.replaceState(null, '', 'https://www.youtube.com/watch?v=saggDHHnmtQ');
    expect(clickOn(youtubeAdapter, like())).toBeNull();
    expect(clickOn(youtubeAdapter, subscribe())).toBeNull();
    expect(clickOn(youtubeAdapter, share())).toBeNull();
    expect(described(clickOn(youtubeAdapter, commentLikes()[1]!))).toBe(`like ${COMMENT_AUTHORS[1]}`);
  });

  describe('what the video says (issue 17), as a person reads it on the page', () => {
    const TITLE = 'Claude Code just Built me an AI Agent Team (Claude Code + Skills + MCP)';
    const wholeTag = (tag: string) => new RegExp(`(^|\\s)${tag}(\\s|$)`);

    it('Like and Share carry the title, the hashtags above it and under it, and the description’s', () => {
      for (const control of [like(), share()]) {
        const text = clickOn(youtubeAdapter, control)?.text?.() ?? '';
        expect(text).toContain(TITLE);
        expect(text).toContain('Download the FREE “In AI We Trust Report” here');
        // #claudecode, #claudeskills and #claude show above the title and under it; #aimarketing only ends the description.
        for (const tag of ['#claudecode', '#claudeskills', '#claude', '#aimarketing']) expect(text).toMatch(wholeTag(tag));
      }
    });

    it('never a comment’s words: each comment’s like carries its own', () => {
      const videoText = clickOn(youtubeAdapter, like())?.text?.() ?? '';
      const words = comments().map((comment) => one('#content-text', comment).textContent.trim());
      commentLikes().forEach((heart, index) => {
        expect(clickOn(youtubeAdapter, heart)?.text?.()).toBe(words[index]);
        expect(videoText).not.toContain(words[index]!.slice(0, 40));
      });
    });

    it('Subscribe touches no post, and no control on the page publishes (logged out: no comment box)', () => {
      expect(clickOn(youtubeAdapter, subscribe())?.text).toBeUndefined();
      for (const control of document.querySelectorAll('button:not(:disabled)')) expect(publishClick(control), control.outerHTML.slice(0, 80)).toBeNull();
    });
  });

  it('marks the listed channel’s owner row and comments, and the listed commenter’s comment, nowhere else', () => {
    const landed = markerParents([OWNER, 'youtube:@bitcrawler']);
    expect(landed.map(({ account }) => account)).toEqual([OWNER, OWNER, 'youtube:@bitcrawler']);
    expect(landed[0]!.parent).toBe(one('ytd-watch-metadata #owner ytd-channel-name #text-container'));
    expect(landed[1]!.parent).toBe(one('#header-author', comments()[0]));
    expect(landed[2]!.parent).toBe(one('#header-author', comments()[4]));
  });
});

describe('youtube/home-2024-03-en: the home grid, logged in', () => {
  beforeEach(() => loadLivePage('youtube/home-2024-03-en', 'https://www.youtube.com/'));

  /** The 24 tiles' channels, in page order, as their avatar and byline links name them. */
  const TILE_OWNERS = [
    'UCM4-RGiG2y5KLqXooyeQZbQ', '@lofiredact', '@nainglinhtunhtun3604', '@musiclyrics30159', '@beautifulworldsongs',
    '@tarotbynayhtoo332', '@samyaksameersrivastava3170', '@musicbyar-3rdyt', '@startlisteningtosomesongs.',
    '@admusicchannel9623', '@issietaran', '@ethereal_songs', '@ellascreation3329', '@winter_lyricx',
    'UCMF1IZjfEUY2ybMaFQ1eKiA', '@wonnieskey', '@neuverosas', '@moodsongs6413', '@bobabeats', '@autumnmo1131',
    '@sumoemama', 'UCIInreWOXcNtvcTtgj9FIOg', '@suzansplaylist-', '@dreamworldrealestateagency278',
  ].map((id) => `youtube:${id}`);

  it('finds all 24 video tiles, each with its channel', () => {
    expect(document.querySelectorAll('ytd-rich-item-renderer')).toHaveLength(24);
    expect(summary()).toEqual(TILE_OWNERS.map((owner) => `post ${owner} ytd-rich-item-renderer`));
  });

  it('guards nothing: no like or subscribe control is on the page; the tiles’ ⋮ menus and links pass', () => {
    const menus = document.querySelectorAll('ytd-rich-item-renderer ytd-menu-renderer button[aria-label="Action menu"]');
    expect(menus).toHaveLength(24);
    const answers = unguardedAnswers([]);
    expect(answers.length).toBeGreaterThan(100);
    expect(answers.filter((answer) => answer !== null)).toEqual([]);
  });

  it('marks the tiles of the listed channels after their names, nowhere else', () => {
    const tiles = [...document.querySelectorAll('ytd-rich-item-renderer')];
    const landed = markerParents(['youtube:@lofiredact', 'youtube:UCMF1IZjfEUY2ybMaFQ1eKiA']);
    expect(landed).toEqual([
      { account: 'youtube:@lofiredact', parent: one('ytd-channel-name #text-container', tiles[1]) },
      { account: 'youtube:UCMF1IZjfEUY2ybMaFQ1eKiA', parent: one('ytd-channel-name #text-container', tiles[14]) },
    ]);
  });

  /**
   * A tile's ⋮ menu as YouTube opens it into the page's (saved, empty)
   * ytd-popup-container: no capture shows one open, so its items are a
   * replica, in the 2024 renderers or the 2025 list view model.
   */
  const openMenu = (items: 'renderers' | 'list'): void => {
    const labels = ['Add to queue', 'Save to Watch Later', 'Save to playlist', 'Share', 'Not interested', "Don't recommend channel", 'Report'];
    const item = (label: string) =>
      items === 'renderers'
        ? `<ytd-menu-service-item-renderer role="menuitem"><tp-yt-paper-item role="option"><yt-icon><svg><path d="M0 0"></path></svg></yt-icon><yt-formatted-string>${label}</yt-formatted-string></tp-yt-paper-item></ytd-menu-service-item-renderer>`
        : `<yt-list-item-view-model role="menuitem"><div class="yt-list-item-view-model__label"><svg><path d="M0 0"></path></svg><span class="yt-core-attributed-string" role="text">${label}</span></div></yt-list-item-view-model>`;
    const list = items === 'renderers' ? 'ytd-menu-popup-renderer' : 'yt-list-view-model';
    one('ytd-popup-container').innerHTML = `<tp-yt-iron-dropdown><div id="contentWrapper"><${list}>${labels.map(item).join('')}</${list}></div></tp-yt-iron-dropdown>`;
  };
  const menuItem = (label: string) =>
    [...document.querySelectorAll<HTMLElement>('ytd-popup-container [role="menuitem"]')].find((it) => it.textContent.trim() === label)!;

  /** What the adapter answers for a click on `target` when the click before it landed on `previous`, as the guard asks. */
  const clickAfter = (previous: Element | null, target: Element): string | null =>
    described(detectOn(youtubeAdapter, target, new MouseEvent('click', { bubbles: true, cancelable: true }), previous));


  it.each(['renderers', 'list'] as const)("holds Share in a tile's ⋮ menu (%s) for that tile's channel, and no other item", (items) => {
    const tiles = [...document.querySelectorAll('ytd-rich-item-renderer')];
    const dots = (tile: number) => one('ytd-menu-renderer button[aria-label="Action menu"]', tiles[tile]);
    openMenu(items);
    expect(clickAfter(dots(14), menuItem('Share'))).toBe('share youtube:UCMF1IZjfEUY2ybMaFQ1eKiA');
    expect(clickAfter(one('svg', dots(1)), menuItem('Share'))).toBe('share youtube:@lofiredact');
    const shared = detectOn(youtubeAdapter, menuItem('Share'), new MouseEvent('click', { bubbles: true, cancelable: true }), dots(14));
    // The tile's words: its title, then its channel and counts.
    expect(shared?.text?.()).toContain('Bunny Phyoe ft. Bobby Soxer - အိပ်မက်ရဲ့အသက် [Official MV]');
    for (const label of ['Add to queue', 'Save to Watch Later', 'Not interested', "Don't recommend channel", 'Report']) {
      expect(clickAfter(dots(14), menuItem(label)), label).toBeNull();
    }
  });

  it("passes Share when the press before it was no tile's ⋮, or there was none", () => {
    openMenu('renderers');
    const share = menuItem('Share');
    expect(described(clickOn(youtubeAdapter, share))).toBeNull();
    expect(clickAfter(null, share)).toBeNull();
    expect(clickAfter(document.querySelector('ytd-rich-item-renderer #video-title-link'), share)).toBeNull();
    expect(clickAfter(document.querySelector('ytd-masthead button'), share)).toBeNull();
    const detached = document.querySelector('ytd-rich-item-renderer ytd-menu-renderer button')!;
    detached.remove();
    expect(clickAfter(detached, share)).toBeNull();
  });
});
