// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { adapterEvents } from './site-fixture';
import { click, find, inTweet, loadFixture } from './x-fixture';

const { publishOn } = adapterEvents(xAdapter);
const INLINE = '[data-testid="tweetButtonInline"]';
const MODAL = '[role="dialog"] [data-testid="tweetButton"]';
const BOX = '[data-testid="tweetTextarea_0"]';

/** Types into a composer's box as Draft.js holds it (one block per line) and lets its button send, as X does. */
function type(box: Element, lines: readonly string[], button: Element): void {
  box.innerHTML = `<div data-contents="true">${lines.map((line) => `<div data-block="true"><div><span data-text="true">${line}</span></div></div>`).join('')}</div>`;
  button.removeAttribute('disabled');
}

const clickOn = (target: Element) => publishOn(target, new MouseEvent('click', { bubbles: true, cancelable: true }));
const keyIn = (box: Element, init: KeyboardEventInit) =>
  publishOn(box.querySelector('[data-text="true"]') ?? box, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', ...init }));

describe.each(['home-en', 'home-id', 'hashtag-en'] as const)('the "What is happening?!" composer on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it('publishes by its Post / Posting button the text as typed, line by line', () => {
    const button = find(INLINE);
    type(find(BOX), ['Bersama @AniesBaswedan', '#AMINAjaDulu'], button);
    const answer = clickOn(find('span', button));
    expect(answer?.element).toBe(button);
    expect(answer?.text()).toBe('Bersama @AniesBaswedan\n#AMINAjaDulu');
    // Still a new post, which detect answers as no comment.
    expect(click(button)).toBeNull();
  });

  it.each<[string, KeyboardEventInit]>([
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Cmd+Enter', { metaKey: true }],
  ])('publishes by %s, held at its Post button', (_name, modifiers) => {
    type(find(BOX), ['Halo @prabowo'], find(INLINE));
    const answer = keyIn(find(BOX), modifiers);
    expect(answer?.element).toBe(find(INLINE));
    expect(answer?.text()).toBe('Halo @prabowo');
    expect(answer?.replay).toBeUndefined();
  });

  it.each<[string, KeyboardEventInit]>([
    ['Enter', {}],
    ['Shift+Enter', { shiftKey: true }],
    ['Ctrl+Alt+Enter', { ctrlKey: true, altKey: true }],
    ['Ctrl+Enter while composing', { ctrlKey: true, isComposing: true }],
  ])('%s is typing, not publishing', (_name, modifiers) => {
    type(find(BOX), ['Halo @prabowo'], find(INLINE));
    expect(keyIn(find(BOX), modifiers)).toBeNull();
  });

  it('publishes nothing while its button is disabled (nothing typed)', () => {
    const button = find(INLINE);
    // X marks it both ways; a click on a `disabled` button reaches nobody, so it is marked the other way first.
    button.removeAttribute('disabled');
    button.setAttribute('aria-disabled', 'true');
    expect(clickOn(button)).toBeNull();
    button.removeAttribute('aria-disabled');
    button.setAttribute('disabled', '');
    expect(keyIn(find(BOX), { ctrlKey: true })).toBeNull();
  });

  it('answers nothing for the posts’ buttons, which are likes, shares and replies', () => {
    const post = find('article[data-testid="tweet"]');
    for (const selector of ['[data-testid="like"]', '[data-testid="retweet"]', '[data-testid="reply"]', '[role="group"] [aria-haspopup="menu"]:not([data-testid])']) {
      expect(clickOn(find(selector, post))).toBeNull();
    }
  });
});

describe('a reply', () => {
  it('under a status page’s post publishes its text, while detect holds it as a comment on the post', () => {
    loadFixture('status-aniesbaswedan');
    const button = find(INLINE);
    type(find(BOX), ['Setuju @ganjarpranowo'], button);
    expect(clickOn(button)?.text()).toBe('Setuju @ganjarpranowo');
    expect(click(button)?.intent).toBe('comment');
  });

  it('in the reply dialog publishes the dialog’s text, not the home box behind it', () => {
    loadFixture('reply-modal');
    type(find(BOX), ['Di balik dialog'], find(INLINE));
    type(find(`[role="dialog"] ${BOX}`), ['Mantap #AMINAjaDulu'], find(MODAL));
    expect(clickOn(find(MODAL))?.text()).toBe('Mantap #AMINAjaDulu');
    expect(keyIn(find(`[role="dialog"] ${BOX}`), { ctrlKey: true })?.element).toBe(find(MODAL));
  });

  it('from the replica’s reply dialog (a quote is written in the same dialog) publishes each box of a thread', () => {
    loadFixture('status-aniesbaswedan');
    inTweet('1790000000000000001', '[data-testid="reply"]').click();
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog).toBeNull();
    loadFixture('reply-modal');
    const first = find(`[role="dialog"] ${BOX}`);
    const second = first.cloneNode() as HTMLElement;
    second.setAttribute('data-testid', 'tweetTextarea_1');
    first.after(second);
    type(first, ['Satu'], find(MODAL));
    type(second, ['Dua #AMINAjaDulu'], find(MODAL));
    expect(clickOn(find(MODAL))?.text()).toBe('Satu\nDua #AMINAjaDulu');
  });
});
