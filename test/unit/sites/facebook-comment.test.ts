// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, expectAction, find, loadFixture, post, press, startReplica } from './facebook-fixture';

const box = (id: string, nth = 0) => [...post(id).querySelectorAll<HTMLElement>('[role="textbox"]')][nth]!;
/** The reply box under Prabowo's comment, and the post's own box below the thread. */
const replyBox = () => box('pfbid0Kompas2', 0);
const postBox = () => box('pfbid0Kompas2', 1);

describe.each(['feed-en', 'feed-id'] as const)('Enter in a comment box on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it('is a comment on the post’s author, held on the box itself', () => {
    expectAction(press(box('pfbid0Anies1'), { key: 'Enter' }), 'comment', 'aniesbaswedan', box('pfbid0Anies1'));
    expectAction(press(find('span', box('pfbid0Anies1')), { key: 'Enter' }), 'comment', 'aniesbaswedan', box('pfbid0Anies1'));
  });

  it('in a reply box under a comment, is a comment on that comment’s author', () => {
    expectAction(press(replyBox(), { key: 'Enter' }), 'comment', 'prabowo', replyBox());
  });

  it('on a share, is a comment on the sharer’s post', () => {
    box('pfbid0Budi3').textContent = 'Mantap';
    expectAction(press(box('pfbid0Budi3'), { key: 'Enter' }), 'comment', '100012345678901', box('pfbid0Budi3'));
  });

  it('posts nothing from an empty box, with Shift (a new line) or while an IME composes', () => {
    expect(press(postBox(), { key: 'Enter' })).toBeNull();
    expect(press(box('pfbid0Anies1'), { key: 'Enter', shiftKey: true })).toBeNull();
    expect(press(box('pfbid0Anies1'), { key: 'Enter', isComposing: true })).toBeNull();
    expect(press(box('pfbid0Anies1'), { key: 'a' })).toBeNull();
  });
});

describe('replaying a held comment', () => {
  it('presses Enter in the box again, with the keyCode 13 Lexical reads, which the replica posts once', () => {
    const log = startReplica('feed-en');
    const action = press(box('pfbid0Anies1'), { key: 'Enter', bubbles: false });
    expect(log).toEqual([]);
    action?.replay?.();
    expect(log).toEqual([
      { action: 'comment', account: 'aniesbaswedan', post: 'pfbid0Anies1', text: 'Semangat terus, Pak!', via: 'enter' },
    ]);
    expect(document.activeElement).toBe(box('pfbid0Anies1'));
  });

  it('clicks the composer’s send button where it has one, instead of an untrusted Enter', () => {
    const log = startReplica('feed-id');
    const keys: KeyboardEvent[] = [];
    box('pfbid0Anies1').addEventListener('keydown', (event) => keys.push(event));
    press(box('pfbid0Anies1'), { key: 'Enter', bubbles: false })?.replay?.();
    expect(log).toEqual([
      { action: 'comment', account: 'aniesbaswedan', post: 'pfbid0Anies1', text: 'Semangat terus, Pak!', via: 'send' },
    ]);
    expect(keys.filter((key) => !key.isTrusted && key.key === 'Enter' && key.bubbles)).toEqual([]);
  });

  it('never clicks another composer’s send button: a reply box without one gets Enter', () => {
    const log = startReplica('feed-id');
    const reply = replyBox();
    reply.textContent = 'Setuju';
    press(reply, { key: 'Enter', bubbles: false })?.replay?.();
    expect(log).toMatchObject([{ action: 'comment', account: 'prabowo', text: 'Setuju', via: 'enter' }]);
  });
});

describe('a send button outside a form, in a wrapper of its own after the box (a post’s dialog, E2E facebook-variants)', () => {
  beforeEach(() => loadFixture('feed-en'));

  /** feed-en's composer is a div, not a form; the send button goes after the box as the 2023 page wraps it. */
  function addSend(id: string): HTMLElement {
    const wrapper = document.createElement('div');
    wrapper.id = 'focused-state-composer-submit';
    wrapper.innerHTML = '<span><div aria-label="Comment" role="button" tabindex="0"><i data-visualcompletion="css-img"></i></div></span>';
    box(id).parentElement!.append(wrapper);
    return find('[role="button"]', wrapper);
  }

  it('is a comment on the post’s author, on the button and on its icon', () => {
    const send = addSend('pfbid0Anies1');
    expectAction(click(send), 'comment', 'aniesbaswedan', send);
    expectAction(click(find('i', send)), 'comment', 'aniesbaswedan', send);
  });

  it('posts nothing while the box is empty', () => {
    expect(click(addSend('pfbid0Budi3'))).toBeNull();
  });
});
