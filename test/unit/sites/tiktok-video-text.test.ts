// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/foryou"}
import { beforeEach, describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../../src/sites/tiktok';
import { click, dblclick, find, feedItem, footerEditor, hooked, KOMPAS, loadFixture, press, RELAWAN, replyEditor } from './tiktok-fixture';
import { publishEvents } from './publish-events';

const { publishClick, publishKey } = publishEvents(tiktokAdapter);
const wholeTag = (tag: string) => new RegExp(`(^|\\s)${tag}(\\s|$)`);

describe.each(['foryou-en', 'foryou-id'] as const)('a feed video’s text on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it('like, share and a double-click on an unlisted author’s video carry its description and hashtags', () => {
    const item = feedItem(RELAWAN);
    for (const action of [click(hooked('like-icon', item)), click(hooked('share-icon', item)), dblclick(find('video', item))]) {
      expect(action?.account.id).toBe('relawan.amin');
      const text = action?.text?.() ?? '';
      expect(text).toContain('Ayo ramaikan kampanye akbar di JIS!');
      expect(text).toMatch(wholeTag('#AMINAjaDulu'));
      expect(text).toMatch(wholeTag('#jakarta'));
    }
  });

  it('each video’s text is its own', () => {
    const text = click(hooked('like-icon', feedItem(KOMPAS)))?.text?.() ?? '';
    expect(text).toContain('Debat capres malam ini');
    expect(text).toMatch(wholeTag('#debatcapres'));
    expect(text).not.toContain('#AMINAjaDulu');
  });
});

describe('a video page', () => {
  beforeEach(() => loadFixture('video-listed'));

  it('like, share and a comment carry the description, never a comment’s words', () => {
    const texts = [click(hooked('browse-like-icon')), click(hooked('browse-share-icon')), press(footerEditor(), { key: 'Enter' })].map(
      (action) => action?.text?.() ?? '',
    );
    for (const text of texts) {
      expect(text).toContain('Terima kasih warga Jakarta!');
      expect(text).toMatch(wholeTag('#pemilu2024'));
      expect(text).not.toContain('Semoga sehat selalu');
    }
  });

  it('a reply carries the words of the comment it answers, not the video’s', () => {
    const reply = press(replyEditor(), { key: 'Enter' });
    expect(reply?.account.id).toBe('kompascom');
    expect(reply?.text?.()).toBe('Pak Anies, bagaimana soal transportasi publik?');
  });

  const postOf = (editor: Element) => find('[data-e2e="comment-post"]', editor.closest('[data-e2e="comment-input"]')!.parentElement!);
  const type = (editor: Element, text: string) => {
    find('[data-text="true"]', editor).textContent = text;
  };

  it('the Post button and Enter publish the comment box’s text as typed, read when asked', () => {
    const published = publishClick(postOf(footerEditor()));
    expect(published?.element).toBe(postOf(footerEditor()));
    type(footerEditor(), 'Mantap @prabowo #AMINAjaDulu');
    expect(published?.text()).toBe('Mantap @prabowo #AMINAjaDulu');
    expect(publishKey(footerEditor(), { key: 'Enter' })?.element).toBe(postOf(footerEditor()));
  });

  it('a reply box publishes its own text, through its own Post button', () => {
    type(replyEditor(), '@aniesbaswedan setuju');
    const published = publishKey(replyEditor(), { key: 'Enter' });
    expect(published?.element).toBe(postOf(replyEditor()));
    expect(published?.text()).toBe('@aniesbaswedan setuju');
  });

  it('publishes nothing for an empty box, a disabled Post button, Shift+Enter, or a like', () => {
    expect(publishKey(footerEditor(), { key: 'Enter', shiftKey: true })).toBeNull();
    expect(publishClick(hooked('browse-like-icon'))).toBeNull();
    postOf(footerEditor()).setAttribute('aria-disabled', 'true');
    expect(publishClick(postOf(footerEditor()))).toBeNull();
    postOf(footerEditor()).setAttribute('aria-disabled', 'false');
    type(footerEditor(), '');
    expect(publishClick(postOf(footerEditor()))).toBeNull();
    expect(publishKey(footerEditor(), { key: 'Enter' })).toBeNull();
  });
});
