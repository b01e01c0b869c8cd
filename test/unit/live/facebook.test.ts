// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook';
import { clickOn, described, detectOn, loadLivePage, markablesOn, markersOnLivePage, publishOn } from './live-page';

/**
 * The two saved Facebook pages (../shared/live-dom/facebook), each loaded at
 * the address it was saved from (the page's own "saved from url" comment).
 * Every expected value below was read from the markup by hand.
 */
const PHOTO_VIEWER = ['facebook/photo-viewer-2023-12-en', 'https://www.facebook.com/photo?fbid=866944181884270&set=pcb.866944225217599'] as const;
const FEED = ['facebook/feed-2022-04-en', 'https://web.facebook.com/?_rdc=1&_rdr'] as const;
/** The photo's author, a school's page, as its name link reads (Bengali, written in escapes to keep its exact code points). */
const SCHOOL = '\u099a\u099f\u09cd\u099f\u0997\u09cd\u09b0\u09be\u09ae \u09b8\u09b0\u0995\u09be\u09b0\u09bf \u0989\u099a\u09cd\u099a \u09ac\u09bf\u09a6\u09cd\u09af\u09be\u09b2\u09df';

/**
 * Loads a saved page at its own address. The pages come from two hosts
 * (www. and web.facebook.com), and a document may only move within its
 * origin, so the test window is first moved to the page's origin.
 */
function open(page: string, url: string, edit?: (source: string) => string): Document {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(new URL(url).origin + '/');
  return loadLivePage(page, url, edit);
}

const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = document): T => {
  const found = scope.querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
};
const byLabel = (label: string, scope: ParentNode = document) => $(`[role="button"][aria-label="${label}"]`, scope);
const click = (target: Element) => described(clickOn(facebookAdapter, target));
const enter = (target: Element) =>
  described(detectOn(facebookAdapter, target, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
const key = (target: Element, name: string) =>
  described(detectOn(facebookAdapter, target, new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true })));

/** What a click on each button of the page does, for every button that does something: "label → intent account". */
function everyAction(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[role="button"]')].flatMap((button) => {
    const action = click(button);
    return action === null ? [] : [`${button.getAttribute('aria-label') ?? button.textContent.trim()} → ${action}`];
  });
}

/** The author each marked post is given, and where its label goes. */
const marked = () => markablesOn(facebookAdapter).map(({ element, markable }) => [element.getAttribute('role'), markable.kind, markable.account.id, markable.anchor.textContent.trim()]);

/** Where the real markers land for these listed accounts: the element each was appended to. */
function markersWhere(listed: string[]): { account: string; in: Element }[] {
  return markersOnLivePage(facebookAdapter, listed).map(({ account, anchor }) => ({ account, in: anchor! }));
}

/** Types into a Lexical box as Facebook renders it: a paragraph of text. */
function type(box: HTMLElement, text: string): void {
  box.innerHTML = `<p dir="auto"><span data-lexical-text="true">${text}</span></p>`;
}

/**
 * Renames a control's label and visible name to a word no table knows, as a
 * page in a language without one (Basa Jawa, Basa Sunda) would show: no
 * translation is claimed, the words are placeholders.
 */
function rename(control: HTMLElement, label: string, text = label): void {
  control.setAttribute('aria-label', label);
  const name = [...control.querySelectorAll('span')].reverse().find((span) => span.textContent.trim() !== '') ?? control;
  name.textContent = text;
}

describe('photo viewer, 2023 (the action bar in a role="complementary" panel, no article)', () => {
  const panel = () => $('[role="complementary"]');
  const load = () => open(...PHOTO_VIEWER);

  it('finds one post, the photo’s, by the page ctgghs1906, labelled after its name', () => {
    load();
    expect(marked()).toEqual([['complementary', 'post', 'ctgghs1906', SCHOOL]]);
  });

  it('holds Like and Share as a like and a share of the photo’s author, and nothing else on the page', () => {
    load();
    expect(everyAction()).toEqual([
      'Like → like facebook:ctgghs1906',
      'Send this to friends or post it on your Timeline. → share facebook:ctgghs1906',
    ]);
    expect(click($('span', byLabel('Like', panel())))).toBe('like facebook:ctgghs1906');
  });

  it('React (it opens the reaction bar), Comment, the reactions summary and the menu are no action', () => {
    load();
    for (const label of ['React', 'Leave a comment', 'Like: 18 people', 'Love: 1 person', 'Actions for this post', 'Insert an emoji']) {
      expect(click(byLabel(label, panel()))).toBeNull();
    }
  });

  it('a comment typed in the panel’s composer is held on Enter and on the send button, for the photo’s author', () => {
    load();
    const box = $('[role="textbox"][contenteditable="true"]', panel());
    const send = byLabel('Comment', panel());
    expect(enter(box)).toBeNull();
    expect(click(send)).toBeNull();
    type(box, 'Selamat');
    expect(enter(box)).toBe('comment facebook:ctgghs1906');
    // Facebook enables the send button once the box has text.
    send.removeAttribute('aria-disabled');
    expect(click(send)).toBe('comment facebook:ctgghs1906');
    expect(click($('i', send))).toBe('comment facebook:ctgghs1906');
    expect(key(box, 'l')).toBeNull();
    // Without its wrapper's id and in a language without a table, it is still the button after the box, outside the attachment list.
    send.closest('#focused-state-composer-submit')!.removeAttribute('id');
    send.setAttribute('aria-label', 'Placeholder-send');
    expect(click(send)).toBe('comment facebook:ctgghs1906');
    expect(click(byLabel('Insert an emoji', panel()))).toBeNull();
  });

  it('a reacted Like undoes, in English and in a language without a label table', () => {
    load();
    const like = byLabel('Like', panel());
    like.setAttribute('aria-label', 'Remove Like');
    expect(click(like)).toBeNull();
    rename(like, 'Placeholder-undo Placeholder-like', 'Placeholder-like');
    expect(click(like)).toBeNull();
  });

  it('in a language without a label table, the bar’s shape still says which button likes and which shares', () => {
    load();
    const [like, , comment, share] = [...$('[role="button"][aria-label="Like"]', panel()).parentElement!.parentElement!.querySelectorAll<HTMLElement>('[role="button"]')];
    rename(like!, 'Placeholder-like');
    rename(comment!, 'Placeholder-comment-label', 'Placeholder-comment');
    rename(share!, 'Placeholder-share-label', 'Placeholder-share');
    expect(click(like!)).toBe('like facebook:ctgghs1906');
    expect(click(comment!)).toBeNull();
    expect(click(share!)).toBe('share facebook:ctgghs1906');
  });

  it('inside a dialog, as on some pages, it reads the same', () => {
    load();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    panel().before(dialog);
    dialog.append($('[role="main"]'), panel());
    expect(everyAction()).toEqual([
      'Like → like facebook:ctgghs1906',
      'Send this to friends or post it on your Timeline. → share facebook:ctgghs1906',
    ]);
    expect(marked()).toEqual([['complementary', 'post', 'ctgghs1906', SCHOOL]]);
  });

  it('hands over no words for the photo: the panel shows none of the post’s message', () => {
    open(...PHOTO_VIEWER);
    expect(clickOn(facebookAdapter, byLabel('Like'))?.text?.()).toBe('');
  });

  it('marks the post of a listed ctgghs1906 in its panel, and nothing for an account the page does not show', () => {
    load();
    const landed = markersWhere(['facebook:ctgghs1906']);
    expect(landed.map(({ account }) => account)).toEqual(['facebook:ctgghs1906']);
    expect(landed[0]!.in.textContent).toBe(SCHOOL);
    expect(panel().contains(landed[0]!.in)).toBe(true);
    expect(markersOnLivePage(facebookAdapter, ['facebook:aniesbaswedan'])).toEqual([]);
  });
});

describe('news feed on web.facebook.com, 2022 (a friend’s post with a comment, two loading placeholders)', () => {
  const post = () => $('[aria-posinset="1"]');
  const comment = () => $('[role="article"][aria-label^="Comment by"]');
  const load = () => open(...FEED);

  it('finds the one post, by Furkan.S.Raz, labelled in its heading; the comment and the placeholders are no post', () => {
    load();
    expect(document.querySelectorAll('[role="article"]')).toHaveLength(4);
    expect(marked()).toEqual([['article', 'post', 'furkan.s.raz', 'Fur Kan is at দ্যা ভোজন কোম্পানি -The Bhojon Company.']]);
  });

  it('holds the post’s Like for its author and the comment’s Like for the commenter, and nothing else on the page', () => {
    load();
    expect(everyAction()).toEqual(['Like → like facebook:furkan.s.raz', 'Like → like facebook:parves.mdparvesforayezi']);
    expect(click($('span', byLabel('Like', post())))).toBe('like facebook:furkan.s.raz');
    expect(click(byLabel('Like', comment()))).toBe('like facebook:parves.mdparvesforayezi');
  });

  it('the post has no Share (a friends-only post): nothing in its bar shares, in any language', () => {
    load();
    rename(byLabel('Like', post()), 'Placeholder-like');
    rename(byLabel('Leave a comment', post()), 'Placeholder-comment-label', 'Placeholder-comment');
    expect(everyAction()).toEqual(['Placeholder-like → like facebook:furkan.s.raz', 'Like → like facebook:parves.mdparvesforayezi']);
  });

  it('a comment typed in the post’s composer is held on Enter for the post’s author; `l` on the post likes it', () => {
    load();
    const box = $('[role="textbox"][aria-label="Write a comment"]', post());
    expect(enter(box)).toBeNull();
    type(box, 'Mantap');
    expect(enter(box)).toBe('comment facebook:furkan.s.raz');
    expect(key(post(), 'l')).toBe('like facebook:furkan.s.raz');
  });

  it('a reacted Like, the reactions summary, React, Reply and the comment menu are no action', () => {
    load();
    for (const label of ['React', 'Love: 49 people', 'Actions for this post', 'Hide or report this']) {
      expect(click(byLabel(label, post()))).toBeNull();
    }
    const reply = [...comment().querySelectorAll<HTMLElement>('[role="button"]')].find((button) => button.textContent.trim() === 'Reply')!;
    expect(click(reply)).toBeNull();
    byLabel('Like', post()).setAttribute('aria-label', 'Remove Like');
    expect(click(byLabel('Remove Like', post()))).toBeNull();
    expect(key(post(), 'l')).toBeNull();
  });

  it('reads the post’s message for its hashtags only when asked, for its Like, `l` and comment; the comment’s Like, its own words', () => {
    load();
    // The post's message (Bengali, in escapes to keep its exact code points), then an emoji image.
    const MESSAGE = '\u09ae\u09be\u09a8\u09c1\u09b7 \u0995\u0996\u09a8\u09cb \u09ac\u09cd\u09af\u09b0\u09cd\u09a5 \u09b9\u09df\u09a8\u09be?? \u09b9\u09df \u09b8\u09c7 \u099c\u09bf\u09a4\u09ac\u09c7 \u09a8\u09be \u09b9\u09df \u09b6\u09bf\u0996\u09ac\u09c7!!';
    expect(clickOn(facebookAdapter, byLabel('Like', post()))?.text?.()).toBe(MESSAGE);
    expect(detectOn(facebookAdapter, post(), new KeyboardEvent('keydown', { key: 'l', bubbles: true }))?.text?.()).toBe(MESSAGE);
    const box = $('[role="textbox"][aria-label="Write a comment"]', post());
    type(box, 'Mantap');
    expect(detectOn(facebookAdapter, box, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))?.text?.()).toBe(MESSAGE);
    const commentText = clickOn(facebookAdapter, byLabel('Like', comment()))?.text?.() ?? '';
    expect(commentText).not.toContain(MESSAGE);
    expect(commentText.length).toBeGreaterThan(0);
  });

  /** The message's last word, and a hashtag as Facebook links one, written after it. */
  const END = '\u09b6\u09bf\u0996\u09ac\u09c7!!';
  const tagged = (source: string): string =>
    source.replace(END, `${END} <a href="https://web.facebook.com/hashtag/aminajadulu?__eep__=6&amp;__cft__[0]=AZW&amp;__tn__=*NK-R" role="link" tabindex="0">#AMINAjaDulu</a>`);

  it('keeps a hashtag Facebook links in the message, as written', () => {
    open(...FEED, tagged);
    expect(clickOn(facebookAdapter, byLabel('Like', post()))?.text?.()).toContain(`${END} #AMINAjaDulu`);
  });

  it('keeps the hashtag link where no message is marked, as a layout without the markers would show it', () => {
    open(...FEED, (source) => tagged(source).replaceAll(/ data-ad(?:-comet)?-preview="message"/g, ''));
    expect(clickOn(facebookAdapter, byLabel('Like', post()))?.text?.()).toBe('#AMINAjaDulu');
  });

  it('publishes nothing: no Create post dialog is open, and no button of the page is its Post', () => {
    load();
    const buttons = [...document.querySelectorAll<HTMLElement>('[role="button"]')];
    expect(buttons.length).toBeGreaterThan(20);
    const answers = buttons.map((button) => publishOn(facebookAdapter, button, new MouseEvent('click', { bubbles: true })));
    expect(answers.filter((answer) => answer !== null)).toEqual([]);
  });

  it('marks the post of a listed Furkan.S.Raz, and never the commenter’s comment or the place the post names', () => {
    load();
    const landed = markersWhere(['facebook:furkan.s.raz']);
    expect(landed.map(({ account }) => account)).toEqual(['facebook:furkan.s.raz']);
    expect(landed[0]!.in).toBe($('h4', post()));
    expect(markersOnLivePage(facebookAdapter, ['facebook:parves.mdparvesforayezi', 'facebook:thebhojoncompany'])).toEqual([]);
  });
});
