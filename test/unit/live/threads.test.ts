// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { beforeEach, describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../src/sites/threads';
import { accountKey, clickOn, described, loadLivePage, markablesOn, markersOnLivePage, publishOn } from './live-page';

/**
 * Threads as its web app rendered it for a logged-out visitor (see
 * shared/live-dom/README.md). Every expected account below was read off the
 * saved markup by hand: each post's avatar, name and time stamp link to
 * /@zuck and /@zuck/post/<code>, and the header's heading is "Mark Zuckerberg".
 */

const $$ = (selector: string, scope: ParentNode = document): HTMLElement[] => [...scope.querySelectorAll<HTMLElement>(selector)];

const POST = 'div[data-pressable-container="true"]';
const posts = (): HTMLElement[] => $$(POST);

/** The button around each icon with this label, in document order. */
const iconButtons = (label: string): HTMLElement[] =>
  $$(`svg[aria-label="${label}"]`).map((icon) => icon.closest<HTMLElement>('[role="button"]')!);

/** The buttons whose whole text is this label. */
const textButtons = (label: string): HTMLElement[] => $$('[role="button"]').filter((button) => button.textContent.trim() === label);

const times = <T,>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

const answers = (controls: readonly HTMLElement[]): (string | null)[] =>
  controls.map((control) => described(clickOn(threadsAdapter, control)));

/**
 * Which element each marker landed in (a post, or the profile heading).
 */
function markedPlaces(listed: readonly string[]): { account: string; place: Element | null }[] {
  return markersOnLivePage(threadsAdapter, listed).map(({ account, anchor }) => ({ account, place: anchor?.closest(`${POST}, h1`) ?? null }));
}

describe('a profile on threads.com, logged out (profile-2025-12-en)', () => {
  const PROFILE = 'https://www.threads.com/@zuck';
  const PAGE = 'threads/profile-2025-12-en';
  beforeEach(() => loadLivePage(PAGE, PROFILE));

  it('finds the profile header and the seven posts, each by @zuck', () => {
    const found = markablesOn(threadsAdapter).map(({ element, markable }) => ({
      kind: markable.kind,
      account: accountKey(markable.account),
      text: element.matches(POST) ? 'post' : element.textContent.trim(),
    }));
    expect(found).toEqual([
      { kind: 'profile', account: 'threads:zuck', text: 'Mark Zuckerberg' },
      ...times(7, { kind: 'post', account: 'threads:zuck', text: 'post' }),
    ]);
    expect(posts()).toHaveLength(7);
  });

  it('reads each post’s Like as a like and its Repost as a share of @zuck', () => {
    expect(answers(iconButtons('Like'))).toEqual(times(7, 'like threads:zuck'));
    expect(answers(iconButtons('Repost'))).toEqual(times(7, 'share threads:zuck'));
    // A click lands on the icon or the count inside the button.
    const [first] = posts();
    expect(described(clickOn(threadsAdapter, first!.querySelector('svg[aria-label="Like"] path')!))).toBe('like threads:zuck');
    expect(described(clickOn(threadsAdapter, iconButtons('Repost')[0]!.querySelector('span span')!))).toBe('share threads:zuck');
  });

  it('reads each post’s words for its hashtags only when asked, without names, time stamps or counts', () => {
    const texts = iconButtons('Like').map((button) => clickOn(threadsAdapter, button)?.text?.() ?? 'no text');
    expect(texts.map((text) => text.slice(0, 36))).toEqual([
      'Open sourcing SAM Audio -- our new m',
      'Today we\'re establishing a new creat',
      'The new studio will bring together d',
      'Alan will be joined by Billy Sorrent',
      'We\'re entering a new era where AI gl',
      'Inspired by all of you who started "',
      'You can now invite friends to hang o',
    ]);
    expect(texts.filter((text) => /zuck|12\/0|2\.7K/.test(text))).toEqual([]);
    // The header's topic tags (AI Threads, UFC Threads…) belong to no post.
    expect(texts.filter((text) => text.includes('#'))).toEqual([]);
    expect(clickOn(threadsAdapter, iconButtons('Repost')[1]!)?.text?.()).toBe(texts[1]);
  });

  it('reads a tag as Threads links it, by name without #, as # and the searched tag', () => {
    // The header's first topic tag, as the saved page writes it, moved into the first post's words.
    const tag = $$('a[href*="serp_type=tags"]')[0]!;
    expect(tag.textContent.trim()).toBe('AI Threads');
    const words = $$('span[dir="auto"] > span', posts()[0]).find((span) => span.textContent.startsWith('Open sourcing'))!;
    words.append(' ', tag);
    const text = clickOn(threadsAdapter, iconButtons('Like')[0]!)?.text?.() ?? '';
    expect(text.endsWith('\n#aithreads')).toBe(true);
    expect(text).toContain('AI Threads');
  });

  it('publishes nothing: a logged-out page has no composer', () => {
    const published = $$('[role="button"]').map((control) =>
      publishOn(threadsAdapter, control, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })),
    );
    expect(published.length).toBeGreaterThan(30);
    expect(published.filter((answer) => answer !== null)).toEqual([]);
  });

  it('reads the header’s Follow as a follow of the profile’s owner', () => {
    expect(answers(textButtons('Follow'))).toEqual(['follow threads:zuck']);
  });

  it('guards nothing that only opens a composer or a menu, or navigates', () => {
    for (const controls of [
      iconButtons('Comment'),
      iconButtons('Share'),
      iconButtons('More'),
      iconButtons('Audio is muted'),
      iconButtons('Back'),
      iconButtons('Create'),
      textButtons('Mention'),
      textButtons('+'),
      $$('a[href*="/post/"]'),
      $$('a[href="/@zuck"]'),
    ]) {
      expect(controls.length).toBeGreaterThan(0);
      expect(answers(controls).filter((answer) => answer !== null)).toEqual([]);
    }
  });

  it('reads the undone states (Unlike, Unrepost, Following) as nothing', () => {
    // No capture shows them: the live page's own buttons, relabelled as
    // Threads labels them once pressed.
    loadLivePage(PAGE, PROFILE, (source) =>
      source
        .replace(/aria-label="Like"([^>]*>)<title>Like</g, 'aria-label="Unlike"$1<title>Unlike<')
        .replace(/aria-label="Repost"([^>]*>)<title>Repost</g, 'aria-label="Unrepost"$1<title>Unrepost<')
        .replace(/>Follow</g, '>Following<'),
    );
    expect(iconButtons('Unlike')).toHaveLength(7);
    expect(answers(iconButtons('Unlike'))).toEqual(times(7, null));
    expect(answers(iconButtons('Unrepost'))).toEqual(times(7, null));
    expect(answers(textButtons('Following'))).toEqual([null]);
    expect(markablesOn(threadsAdapter)[0]?.markable.followed).toBe(true);
  });

  it('on a page in a language without a label table, warns of nothing rather than guess', () => {
    // The live page's labels as a Spanish one shows them; no capture in Spanish exists.
    loadLivePage(PAGE, PROFILE, (source) =>
      source
        .replace('lang="en"', 'lang="es"')
        .replace(/aria-label="Like"([^>]*>)<title>Like</g, 'aria-label="Me gusta"$1<title>Me gusta<')
        .replace(/aria-label="Repost"([^>]*>)<title>Repost</g, 'aria-label="Volver a publicar"$1<title>Volver a publicar<')
        .replace(/>Follow</g, '>Seguir<'),
    );
    expect(answers(iconButtons('Me gusta'))).toEqual(times(7, null));
    expect(answers(iconButtons('Volver a publicar'))).toEqual(times(7, null));
    expect(answers(textButtons('Seguir'))).toEqual([null]);
    // Posts and their authors are read from links, in any language.
    expect(markablesOn(threadsAdapter).map(({ markable }) => accountKey(markable.account))).toEqual(times(8, 'threads:zuck'));
  });

  it('marks the header and every post of a listed account, and nothing for an unlisted one', () => {
    const landed = markedPlaces(['threads:zuck']);
    expect(landed.map(({ account }) => account)).toEqual(times(8, 'threads:zuck'));
    expect(landed.map(({ place }) => place)).toEqual([$$('h1').find((h) => h.textContent.trim() === 'Mark Zuckerberg'), ...posts()]);
    expect(markedPlaces(['threads:mosseri', 'x:zuck'])).toEqual([]);
  });
});
