// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://mbasic.facebook.com/"}
import { describe, expect, it } from 'vitest';
import { find } from './site-fixture';
import { click, detectOn, expectAction, mobile } from './facebook-mobile-fixture';

const submit = (form: HTMLFormElement, submitter: HTMLElement) =>
  detectOn(form, new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter }));

describe('mbasic.facebook.com permalink (plain links and forms, English)', () => {
  it('holds the Like and Share links as a like and a share of the post’s author; Unlike is never held', () => {
    mobile.loadFixture('mbasic-story-en');
    const like = find('a[href*="/a/like.php"]');
    expectAction(click(like), 'like', 'aniesbaswedan', like);
    const share = find('a[href*="/composer/mbasic/"]');
    expectAction(click(share), 'share', 'aniesbaswedan', share);
    like.textContent = 'Unlike';
    expect(click(like)).toBeNull();
  });

  it('holds the comment form’s submission as a comment on the page’s story, anchored at its button', () => {
    mobile.loadFixture('mbasic-story-en');
    const form = find<HTMLFormElement>('form[action*="/a/comment.php"]');
    const button = find('input[type="submit"]', form);
    expect(submit(form, button)).toBeNull();
    find<HTMLTextAreaElement>('#composerInput').value = 'Semoga sukses';
    expectAction(submit(form, button), 'comment', 'aniesbaswedan', button);
  });

  it('replays a held comment by its button, which submits the form once', () => {
    const log = mobile.startReplica<{ action: string }>('mbasic-story-en');
    const form = find<HTMLFormElement>('form[action*="/a/comment.php"]');
    find<HTMLTextAreaElement>('#composerInput').value = 'Semoga sukses';
    const action = submit(form, find('input[type="submit"]', form));
    action!.element.click();
    expect(log).toEqual([{ action: 'comment', account: 'aniesbaswedan', post: '1001', text: 'Semoga sukses', via: 'submit' }]);
  });
});
