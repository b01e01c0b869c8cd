// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/", "settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../src/sites/instagram';
import { clickOn, loadLivePage } from './live-page';
import { publishEvents } from '../sites/publish-events';
import { POST_PAGE, POST_URL, REELS_PAGE, REELS_URL, all, one, buttonOf } from './instagram-pages';

/**
 * What each post on the real Instagram pages says, for campaign hashtags
 * (issue 17). Every expected text was read off the saved markup.
 */

describe('what a post says (issue 17): read off the saved pages by a person', () => {
  const { publishKey } = publishEvents(instagramAdapter);
  const CAPTION = 'Thank you Dr Yoonjoo Kim for taking us on a TORUS through the limit of abelian varieties!';
  const COMMENTS = ['🔥🔥🔥', 'We love abelian varieties', 'Complex tori', '🍩🍩🍩'];
  const textOf = (target: Element) => clickOn(instagramAdapter, target)?.text?.() ?? null;

  it('the post page: Like and Share carry the caption and none of the five comments', () => {
    loadLivePage(POST_PAGE, POST_URL);
    for (const label of ['Like', 'Share']) {
      const text = textOf(buttonOf(one(`main svg[aria-label="${label}"][height="24"]`)));
      expect(text).toContain(CAPTION);
      for (const comment of COMMENTS) expect(text).not.toContain(comment);
    }
  });

  it('the post page: each comment’s heart carries that comment, not the caption', () => {
    loadLivePage(POST_PAGE, POST_URL);
    const hearts = all('main svg[aria-label="Like"][height="16"]').map(buttonOf);
    const texts = hearts.map((heart) => textOf(heart) ?? '');
    ['🔥🔥🔥', '🔥🔥🔥🔥🔥🔥', 'We love abelian varieties 😍😍', 'Complex tori ‼️', '🍩'].forEach((comment, index) =>
      expect(texts[index]).toContain(comment),
    );
    for (const text of texts) expect(text).not.toContain('TORUS');
  });

  it('the post page: Enter in "Add a comment…" publishes the text as typed, at the box (the page shows no Post button)', () => {
    loadLivePage(POST_PAGE, POST_URL);
    const box = one<HTMLTextAreaElement>('main form textarea[aria-label="Add a comment…"]');
    box.value = 'Great talk @columbia.ums #math';
    const published = publishKey(box, { key: 'Enter' });
    expect(published?.element).toBe(box);
    expect(published?.text()).toBe('Great talk @columbia.ums #math');
    expect(publishKey(box, { key: 'Enter', shiftKey: true })).toBeNull();
  });

  it('the Reels viewer: each reel’s Like and Share carry its own caption', () => {
    loadLivePage(REELS_PAGE, REELS_URL);
    const captions = [
      'новые стаканы-хамелеоны, которые меняют цвет от холодных напитков 🔥',
      'Горжусь своим барев дзес!',
      'У кого тоже с подружкой отношения на расстоянии? 🤭🥰👯‍♀️',
      '🔥SOLD OUT🔥 ЗА 4 ДНЯ🔥',
    ];
    const likes = all('main svg[aria-label="Нравится"]').map(buttonOf);
    const shares = all('main svg[aria-label="Поделиться"]').map(buttonOf);
    captions.forEach((caption, index) => {
      for (const control of [likes[index]!, shares[index]!]) {
        const text = textOf(control);
        expect(text).toContain(caption);
        for (const other of captions.filter((_, i) => i !== index)) expect(text).not.toContain(other);
      }
    });
  });
});
