// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { detectOn, expectAction, find, click, loadFixture, post, press } from './instagram-fixture';

const submit = (form: HTMLFormElement) => detectOn(form, new Event('submit', { bubbles: true, cancelable: true }));

describe.each([
  ['feed-en', 'Post'],
  ['feed-id', 'Kirim'],
] as const)('comments on %s', (fixture, postLabel) => {
  beforeEach(() => loadFixture(fixture));
  const box = (code: string) => find<HTMLTextAreaElement>('form textarea', post(code));
  const postButton = (code: string) => {
    const button = [...post(code).querySelectorAll<HTMLElement>('form [role="button"]')].find(
      (candidate) => candidate.textContent === postLabel,
    );
    if (button === undefined) throw new Error(`no ${postLabel} button`);
    return button;
  };

  it.each([
    ['C1feedAnies1', 'aniesbaswedan'],
    ['C2feedKompas', 'kompascom'],
  ])('Enter in the comment box of %s comments on @%s, replayed through the Post button', (code, handle) => {
    expectAction(press(box(code), { key: 'Enter' }), 'comment', handle, postButton(code));
  });

  it('the Post button comments', () => {
    expectAction(click(postButton('C1feedAnies1')), 'comment', 'aniesbaswedan', postButton('C1feedAnies1'));
  });

  it('a form submit comments', () => {
    expectAction(submit(find('form', post('C1feedAnies1'))), 'comment', 'aniesbaswedan', postButton('C1feedAnies1'));
  });

  it.each<[KeyboardEventInit, string]>([
    [{ key: 'Enter', shiftKey: true }, 'Shift+Enter, a new line'],
    [{ key: 'Enter', isComposing: true }, 'Enter confirming an IME word'],
    [{ key: 'a' }, 'typing'],
  ])('%o (%s) is no comment', (init, _why) => {
    expect(press(box('C1feedAnies1'), init)).toBeNull();
  });

  it('an empty comment box posts nothing, by Enter, the Post button or a submit', () => {
    box('C1feedAnies1').value = '   ';
    expect(press(box('C1feedAnies1'), { key: 'Enter' })).toBeNull();
    expect(click(postButton('C1feedAnies1'))).toBeNull();
    expect(press(box('C3feedGanjar'), { key: 'Enter' })).toBeNull();
    expect(submit(find('form', post('C3feedGanjar')))).toBeNull();
  });

  it('the emoji button and the box itself are no comment', () => {
    expect(click(find('form svg', post('C1feedAnies1')))).toBeNull();
    expect(click(box('C1feedAnies1'))).toBeNull();
  });

  it('an older layout’s submit button comments', () => {
    const form = find('form', post('C2feedKompas'));
    form.insertAdjacentHTML('beforeend', '<button type="submit">Post</button>');
    const button = find('button[type="submit"]', form);
    expectAction(click(button), 'comment', 'kompascom', button);
    expectAction(press(box('C2feedKompas'), { key: 'Enter' }), 'comment', 'kompascom', button);
  });
});
