// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../src/sites/instagram';
import { click, dblclick, find, iconButton, loadFixture, post, press } from './instagram-fixture';
import { publishEvents } from './publish-events';

const { publishClick, publishKey, publishSubmit } = publishEvents(instagramAdapter);
const CAPTION = 'Ayo ramaikan kampanye akbar di JIS hari Minggu!';

describe.each([
  ['feed-en', { like: 'Like', share: 'Share Post', repost: 'Repost', send: 'Post' }],
  ['feed-id', { like: 'Suka', share: 'Bagikan Postingan', repost: 'Posting ulang', send: 'Kirim' }],
] as const)('a post’s text on %s', (fixture, labels) => {
  beforeEach(() => loadFixture(fixture));
  const relawan = () => post('C4feedRelawan');
  const box = (code: string) => find<HTMLTextAreaElement>('form textarea', post(code));
  const sendButton = (code: string) =>
    [...post(code).querySelectorAll<HTMLElement>('form [role="button"]')].find((button) => button.textContent === labels.send)!;

  it('like, share and repost of an unlisted author’s post carry its caption with its hashtags, read when asked', () => {
    for (const label of [labels.like, labels.share, labels.repost]) {
      const action = click(iconButton(relawan(), label));
      expect(action?.account.id).toBe('relawan.amin');
      const text = action?.text?.() ?? '';
      expect(text).toContain(CAPTION);
      expect(text).toMatch(/(^|\s)#AMINAjaDulu(\s|$)/);
      expect(text).toMatch(/(^|\s)#jakarta(\s|$)/);
    }
  });

  it('a double-click on the photo and a comment carry the same caption', () => {
    expect(dblclick(find('._aagw', relawan()))?.text?.()).toContain('#AMINAjaDulu');
    box('C4feedRelawan').value = 'Siap!';
    expect(press(box('C4feedRelawan'), { key: 'Enter' })?.text?.()).toContain('#AMINAjaDulu');
  });

  it('a post’s text is its own caption: not another post’s, nor the comment being typed', () => {
    const text = click(iconButton(post('C2feedKompas'), labels.like))?.text?.() ?? '';
    expect(text).toContain('Berita terkini: banjir rob di pesisir utara Jakarta surut.');
    expect(text).not.toContain('#AMINAjaDulu');
    expect(text).not.toContain('Terima kasih infonya');
  });

  it('the Post button publishes the comment box’s text as typed, read when asked', () => {
    box('C2feedKompas').value = 'Mantap @AniesBaswedan #AMINAjaDulu';
    const published = publishClick(sendButton('C2feedKompas'));
    expect(published?.element).toBe(sendButton('C2feedKompas'));
    box('C2feedKompas').value = 'Mantap @AniesBaswedan #AMINAjaDulu!';
    expect(published?.text()).toBe('Mantap @AniesBaswedan #AMINAjaDulu!');
  });

  it('Enter and a form submit publish it too; the detected comment stays on the post’s author', () => {
    box('C2feedKompas').value = '@aniesbaswedan';
    expect(publishKey(box('C2feedKompas'), { key: 'Enter' })?.element).toBe(sendButton('C2feedKompas'));
    expect(publishSubmit(find('form', post('C2feedKompas')))?.text()).toBe('@aniesbaswedan');
    expect(press(box('C2feedKompas'), { key: 'Enter' })?.account.id).toBe('kompascom');
  });

  it('Enter or Space on the focused Post button publishes too, as Instagram’s key handler posts', () => {
    box('C2feedKompas').value = 'Hai @aniesbaswedan';
    for (const key of ['Enter', ' ']) expect(publishKey(sendButton('C2feedKompas'), { key })?.element).toBe(sendButton('C2feedKompas'));
    expect(publishKey(sendButton('C2feedKompas'), { key: 'a' })).toBeNull();
  });

  it('publishes nothing for an empty box, a disabled button, Shift+Enter, typing, or a like', () => {
    box('C2feedKompas').value = '  ';
    expect(publishClick(sendButton('C2feedKompas'))).toBeNull();
    box('C2feedKompas').value = '@aniesbaswedan';
    expect(publishKey(box('C2feedKompas'), { key: 'Enter', shiftKey: true })).toBeNull();
    expect(publishKey(box('C2feedKompas'), { key: 'a' })).toBeNull();
    expect(publishClick(iconButton(post('C2feedKompas'), labels.like))).toBeNull();
    sendButton('C2feedKompas').setAttribute('aria-disabled', 'true');
    expect(publishClick(sendButton('C2feedKompas'))).toBeNull();
    expect(publishKey(box('C2feedKompas'), { key: 'Enter' })).toBeNull();
  });
});

describe('a post page of 2026, whose comment form shows no Post button', () => {
  it('publishes at the box, and presses Enter again on proceed', () => {
    loadFixture('post-2026-anies');
    const box = find<HTMLTextAreaElement>('main form textarea');
    box.value = 'Halo @prabowo';
    const published = publishKey(box, { key: 'Enter' });
    expect(published?.element).toBe(box);
    expect(published?.text()).toBe('Halo @prabowo');
    expect(published?.replay).toBeTypeOf('function');
  });
});

describe('a post page’s text leaves its comments out', () => {
  it.each([
    ['post-page', 'Diskusi bersama mahasiswa tentang masa depan kota.', ['Liputan lengkapnya ada di kompas.id', 'Mantap, Mas!', 'Setuju, Pak']],
    ['post-2026-anies', 'Thank you, everyone who came to the town hall on public transport today.', ['🔥🔥🔥', 'Mantap ‼️']],
  ] as const)('%s', (fixture, caption, comments) => {
    loadFixture(fixture);
    const like = [...document.querySelectorAll('main svg[height="24"]')].find((icon) => icon.getAttribute('aria-label') === 'Like')!;
    const text = click(like.closest('[role="button"]')!)?.text?.() ?? '';
    expect(text).toContain(caption);
    for (const comment of comments) expect(text).not.toContain(comment);
  });

  it('a comment’s heart carries that comment’s text, not the caption', () => {
    loadFixture('post-2026-anies');
    const heart = find('main svg[aria-label="Like"][height="16"]').closest('[role="button"]')!;
    const text = click(heart)?.text?.() ?? '';
    expect(text).toContain('🔥🔥🔥');
    expect(text).not.toContain('town hall');
  });
});
