// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook';
import { adapterEvents } from './site-fixture';
import { control, find, post, startReplica } from './facebook-fixture';

const { publishOn } = adapterEvents(facebookAdapter);
const clickOn = (target: Element) => publishOn(target, new MouseEvent('click', { bubbles: true, cancelable: true }));
const keyOn = (target: Element, key: string) => publishOn(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key }));

/** Types into the Create post box as Lexical holds it (a paragraph per line), firing input as a keyboard does. */
function type(lines: readonly string[]): HTMLElement {
  const box = find<HTMLElement>('[role="dialog"] [role="textbox"]');
  box.innerHTML = lines.map((line) => `<p dir="auto"><span data-lexical-text="true">${line}</span></p>`).join('');
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return box;
}

// The replica runs, as in the browser: a press the adapter answers for is the
// replica's too, which publishes once and closes the dialog.
describe.each([
  ['feed-en', 'What\u2019s on your mind', 'Post'],
  ['feed-id', 'Apa yang Anda pikirkan', 'Posting'],
] as const)('the Create post dialog on %s', (fixture, mind, label) => {
  /** Opens the dialog from the feed's prompt; answers its Post button and the replica's log. */
  const open = () => {
    const log = startReplica(fixture);
    const prompt = [...document.querySelectorAll<HTMLElement>('[role="button"]')].find((b) =>
      (b.getAttribute('aria-label') ?? '').replace("'", '\u2019').startsWith(mind),
    )!;
    prompt.click();
    return { button: find(`[role="dialog"] [role="button"][aria-label="${label}"]`), log };
  };

  it('publishes by its Post button, once typed into, the text as typed', () => {
    const { button, log } = open();
    expect(clickOn(button)).toBeNull();
    type(['Bersama @aniesbaswedan', '#AMINAjaDulu']);
    const answer = clickOn(find('span', button));
    expect(answer?.element).toBe(button);
    expect(answer?.text()).toBe('Bersama @aniesbaswedan\n#AMINAjaDulu');
    expect(log).toEqual([{ action: 'post', text: expect.stringContaining('#AMINAjaDulu'), via: 'click' }]);
    expect(find('[aria-posinset]').textContent).toContain('#AMINAjaDulu');
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('publishes by Enter on its focused Post button, not by Enter in the box', () => {
    const { button, log } = open();
    const box = type(['Halo @prabowo']);
    expect(keyOn(box, 'Enter')).toBeNull();
    expect(log).toEqual([]);
    const answer = keyOn(button, 'Enter');
    expect(answer?.element).toBe(button);
    expect(answer?.text()).toBe('Halo @prabowo');
    expect(log).toEqual([{ action: 'post', text: 'Halo @prabowo', via: 'keyboard' }]);
  });
});

it('answers nothing for a post’s own buttons and comment boxes', () => {
  startReplica('hashtag-en');
  for (const label of ['Like', 'Leave a comment', 'Send this to friends or post it on your profile.', 'Actions for this post']) {
    expect(clickOn(control(post('pfbid0Suara1'), label))).toBeNull();
  }
});
