// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook';
import { FacebookSelectors } from '../../../src/sites/facebook/selectors';
import { click, commentBy, control, expectAction, find, loadFixture, parseAll, post, press } from './facebook-fixture';

const LABELS = {
  'feed-en': {
    like: 'Like', reactions: ['Love', 'Care', 'Haha', 'Wow', 'Sad', 'Angry'], removeLike: 'Remove Like', removeLove: 'Remove Love',
    comment: 'Leave a comment', share: 'Send this to friends or post it on your profile.', reply: 'Reply', more: 'Actions for this post',
  },
  'feed-id': {
    like: 'Suka', reactions: ['Super', 'Peduli', 'Haha', 'Wow', 'Sedih', 'Marah'], removeLike: 'Hapus Suka', removeLove: 'Hapus Super',
    comment: 'Beri komentar', share: 'Kirimkan ini ke teman atau posting di profil Anda.', reply: 'Balas', more: 'Tindakan untuk postingan ini',
  },
} as const;

/** The post's own Like button (the reaction bar holds another "Like"). */
const likeButton = (id: string) => find(FacebookSelectors.likeMarker, post(id)).closest<HTMLElement>('[role="button"]')!;
const reaction = (id: string, label: string) => control(find('[role="toolbar"]', post(id)), label);

describe('facebookAdapter', () => {
  it('guards Facebook clicks, key presses and (mobile layouts) comment form submissions', () => {
    expect(facebookAdapter.platform).toBe('facebook');
    expect([...facebookAdapter.events].sort()).toEqual(['click', 'keydown', 'submit']);
  });

  it('answers null for events without an element target', () => {
    expect(facebookAdapter.detect(new MouseEvent('click'))).toBeNull();
    expect(facebookAdapter.detect(new KeyboardEvent('keydown', { key: 'Enter' }))).toBeNull();
  });
});

describe('the selector table', () => {
  const pages = parseAll();
  const elsewhere = new Set(['dialog', 'editable']);
  it.each(Object.entries(FacebookSelectors).filter(([name]) => !elsewhere.has(name)))('%s matches in the fixtures', (_name, selector) => {
    expect(pages.some((page) => page.querySelector(selector) !== null)).toBe(true);
  });
});

describe.each(['feed-en', 'feed-id'] as const)('post actions on %s', (fixture) => {
  const label = LABELS[fixture];
  beforeEach(() => loadFixture(fixture));

  it.each([
    ['pfbid0Anies1', 'aniesbaswedan', 'a listed page'],
    ['pfbid0Kompas2', 'kompascom', 'an unlisted page'],
    ['pfbid0Budi3', '100012345678901', 'a share: the sharer’s own post'],
  ])('Like on %s is a like of %s (%s)', (id, account) => {
    const button = likeButton(id);
    expectAction(click(button), 'like', account, button);
    expectAction(click(find('[data-ad-rendering-role="like_button"]', button)), 'like', account, button);
  });

  it('every reaction in the bar over Like is a like of the post’s author', () => {
    for (const name of [label.like, ...label.reactions]) {
      const button = reaction('pfbid0Anies1', name);
      expectAction(click(button), 'like', 'aniesbaswedan', button);
      expectAction(click(find('img', button)), 'like', 'aniesbaswedan', button);
    }
  });

  it('removing a like or a reaction is no intent', () => {
    expect(control(post('pfbid0Prabowo4'), label.removeLike)).toBe(likeButton('pfbid0Prabowo4'));
    expect(click(likeButton('pfbid0Prabowo4'))).toBeNull();
    expect(click(find('span', likeButton('pfbid0Ganjar5')))).toBeNull();
    expect(control(post('pfbid0Ganjar5'), label.removeLove)).toBe(likeButton('pfbid0Ganjar5'));
  });

  it('a Like button marked pressed undoes whatever its label', () => {
    const button = likeButton('pfbid0Anies1');
    button.setAttribute('aria-pressed', 'true');
    expect(click(button)).toBeNull();
  });

  it('Share is a share of the author; on a share, of the original it embeds', () => {
    const share = control(post('pfbid0Anies1'), label.share);
    expectAction(click(share), 'share', 'aniesbaswedan', share);
    const shareOfShare = control(post('pfbid0Budi3'), label.share);
    expectAction(click(find('span', shareOfShare)), 'share', 'aniesbaswedan', shareOfShare);
    const kompas = control(post('pfbid0Kompas2'), label.share);
    expectAction(click(kompas), 'share', 'kompascom', kompas);
  });

  it('a comment’s Like is a like of the comment’s author, not the post’s', () => {
    const button = control(commentBy(post('pfbid0Kompas2'), 'prabowo'), label.like);
    expectAction(click(button), 'like', 'prabowo', button);
    const unlisted = control(commentBy(post('pfbid0Anies1'), 'kompascom'), label.like);
    expectAction(click(unlisted), 'like', 'kompascom', unlisted);
  });

  it.each(['comment', 'more', 'reply'] as const)('the %s button is no guarded action', (name) => {
    expect(click(control(post('pfbid0Kompas2'), label[name]))).toBeNull();
  });

  it('clicks on the author, the time, the text and the photo are no guarded action', () => {
    const unit = post('pfbid0Anies1');
    for (const selector of ['h4 a strong', 'a[href*="/posts/"]', '[data-ad-rendering-role="story_message"] div', '.jn-media img']) {
      expect(click(find(selector, unit))).toBeNull();
    }
  });

  it('Enter or Space on a focused Like button is a like, as Facebook clicks it itself', () => {
    const button = likeButton('pfbid0Anies1');
    expectAction(press(button, { key: 'Enter' }), 'like', 'aniesbaswedan', button);
    expectAction(press(button, { key: ' ' }), 'like', 'aniesbaswedan', button);
    expect(press(likeButton('pfbid0Prabowo4'), { key: 'Enter' })).toBeNull();
  });
});

describe('the `l` shortcut', () => {
  beforeEach(() => loadFixture('feed-en'));

  it('likes the focused post, held on its Like button', () => {
    expectAction(press(post('pfbid0Anies1'), { key: 'l' }), 'like', 'aniesbaswedan', likeButton('pfbid0Anies1'));
    expectAction(press(find('h4 a', post('pfbid0Anies1')), { key: 'L', shiftKey: true }), 'like', 'aniesbaswedan', likeButton('pfbid0Anies1'));
    expectAction(press(post('pfbid0Budi3'), { key: 'l' }), 'like', '100012345678901', likeButton('pfbid0Budi3'));
  });

  it('undoes on a reacted post, types in a text box, and does nothing with modifiers or outside posts', () => {
    expect(press(post('pfbid0Prabowo4'), { key: 'l' })).toBeNull();
    expect(press(find('[role="textbox"]', post('pfbid0Anies1')), { key: 'l' })).toBeNull();
    expect(press(post('pfbid0Anies1'), { key: 'l', ctrlKey: true })).toBeNull();
    expect(press(document.body, { key: 'l' })).toBeNull();
  });
});
