// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../src/sites/instagram';
import { InstagramSelectors } from '../../../src/sites/instagram/selectors';
import {
  click,
  dblclick,
  expectAction,
  find,
  iconButton,
  loadFixture,
  parseAll,
  post,
} from './instagram-fixture';

const LABELS = {
  'feed-en': { like: 'Like', unlike: 'Unlike', share: 'Share Post', repost: 'Repost', comment: 'Comment', save: 'Save' },
  'feed-id': { like: 'Suka', unlike: 'Tidak Suka', share: 'Bagikan Postingan', repost: 'Posting ulang', comment: 'Komentar', save: 'Simpan' },
} as const;

describe('instagramAdapter', () => {
  it('guards Instagram clicks, double-clicks, key presses and comment submits', () => {
    expect(instagramAdapter.platform).toBe('instagram');
    expect([...instagramAdapter.events].sort()).toEqual(['click', 'dblclick', 'keydown', 'submit']);
  });

  it('answers null for events without an element target', () => {
    expect(instagramAdapter.detect(new MouseEvent('click'))).toBeNull();
    expect(instagramAdapter.detect(new Event('submit'))).toBeNull();
  });
});

describe('the selector table', () => {
  const pages = parseAll();
  // Not selectors, or layouts the fixtures do not save: a post dialog and the
  // older submit button are built from the post page in instagram-post.test.ts.
  const elsewhere = new Set(['postIconHeight', 'dialog', 'submitButton']);
  const selectors = Object.entries(InstagramSelectors).filter(([name]) => !elsewhere.has(name));

  it.each(selectors)('%s matches in the fixtures', (_name, selector) => {
    expect(pages.some((page) => page.querySelector(selector) !== null)).toBe(true);
  });
});

describe.each(['feed-en', 'feed-id'] as const)('post actions on %s', (fixture) => {
  const label = LABELS[fixture];
  beforeEach(() => loadFixture(fixture));

  it.each([
    ['C1feedAnies1', 'aniesbaswedan', 'a listed author'],
    ['C2feedKompas', 'kompascom', 'an unlisted author'],
  ])('the heart of post %s is a like of @%s (%s)', (code, handle) => {
    const button = iconButton(post(code), label.like);
    expectAction(click(button), 'like', handle, button);
    expectAction(click(find('svg path', button)), 'like', handle, button);
  });

  it('unliking an already liked post is not an intent', () => {
    const button = iconButton(post('C3feedGanjar'), label.unlike);
    expect(click(button)).toBeNull();
    expect(click(find('svg path', button))).toBeNull();
  });

  it('the send button is a share of the author; the repost button too, unless already reposted', () => {
    const share = iconButton(post('C1feedAnies1'), label.share);
    expectAction(click(share), 'share', 'aniesbaswedan', share);
    const repost = iconButton(post('C1feedAnies1'), label.repost);
    expectAction(click(repost), 'share', 'aniesbaswedan', repost);
    expect(click(iconButton(post('C3feedGanjar'), label.repost))).toBeNull();
  });

  it.each(['comment', 'save'] as const)('the %s button is no guarded action', (name) => {
    expect(click(iconButton(post('C1feedAnies1'), label[name]))).toBeNull();
  });

  it('clicks on the media, caption, author link and time are no guarded action', () => {
    const article = post('C1feedAnies1');
    for (const selector of ['._aagw', '._aagu', 'a[href="/aniesbaswedan/"]', 'time', 'span._aacu']) {
      expect(click(find(selector, article))).toBeNull();
    }
  });

  it('a double-click on the photo or video likes the post', () => {
    const button = iconButton(post('C1feedAnies1'), label.like);
    expectAction(dblclick(find('._aagw', post('C1feedAnies1'))), 'like', 'aniesbaswedan', button);
    expectAction(dblclick(find('img', find('._aagv', post('C1feedAnies1')))), 'like', 'aniesbaswedan', button);
  });

  it('a double-click on an already liked post does nothing, so it is no intent', () => {
    expect(dblclick(find('video', post('C3feedGanjar')))).toBeNull();
    expect(dblclick(find('._aagw', post('C3feedGanjar')))).toBeNull();
  });

  it.each([
    ['span._aacu', 'the caption'],
    ['a[href="/aniesbaswedan/"] span', 'the author name'],
    ['time', 'the time'],
    ['textarea', 'the comment box'],
    ['section a[href$="/liked_by/"]', 'the like count'],
  ])('a double-click on %s (%s) is no like', (selector) => {
    expect(dblclick(find(selector, post('C1feedAnies1')))).toBeNull();
  });

  it('a double-click on an icon is no like', () => {
    expect(dblclick(find(`svg[aria-label="${label.share}"]`, post('C1feedAnies1')))).toBeNull();
  });
});
