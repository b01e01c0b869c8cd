// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { click, control, expectAction, find, loadFixture, post, press } from './facebook-fixture';

/**
 * Variants no live capture shows (replica): a post opened in its dialog, with
 * no feed unit or article around it, and the reaction bar as Facebook renders
 * it, a layer of its own at the end of the page rather than inside the post.
 */

/** The post as its dialog shows it: the same markup, no feed unit, no article, over the feed. */
function openInDialog(id: string): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const content = post(id).cloneNode(true) as HTMLElement;
  for (const name of ['aria-posinset', 'aria-setsize', 'aria-labelledby']) content.removeAttribute(name);
  dialog.append(content);
  document.body.append(dialog);
  return dialog;
}

describe.each([
  ['feed-en', 'Like', 'Love'],
  ['feed-id', 'Suka', 'Super'],
] as const)('a post in its dialog on %s', (fixture, like, love) => {
  beforeEach(() => loadFixture(fixture));

  it('Like is a like of the post’s author, never a follow', () => {
    const button = control(openInDialog('pfbid0Anies1'), like);
    expectAction(click(button), 'like', 'aniesbaswedan', button);
    const share = find('[data-ad-rendering-role="share_button"]', openInDialog('pfbid0Budi3')).closest<HTMLElement>('[role="button"]')!;
    expectAction(click(share), 'share', 'aniesbaswedan', share);
  });

  it('a reaction of the bar inside it is a like of the post’s author', () => {
    const dialog = openInDialog('pfbid0Kompas2');
    const reaction = control(find('[role="toolbar"]', dialog), love);
    expectAction(click(reaction), 'like', 'kompascom', reaction);
  });

  it('a comment is held on Enter, and on the send button where the composer has one', () => {
    const dialog = openInDialog('pfbid0Anies1');
    const box = find('.jn-composer [role="textbox"]', dialog);
    expectAction(press(box, { key: 'Enter' }), 'comment', 'aniesbaswedan', box);
    const send = dialog.querySelector<HTMLElement>('.jn-send');
    if (send !== null) expectAction(click(send), 'comment', 'aniesbaswedan', send);
  });

  it('the send button posts nothing while the box is empty or the button disabled', () => {
    const dialog = openInDialog('pfbid0Anies1');
    const send = dialog.querySelector<HTMLElement>('.jn-send');
    if (send === null) return;
    send.setAttribute('aria-disabled', 'true');
    expect(click(send)).toBeNull();
    send.removeAttribute('aria-disabled');
    find('.jn-composer [role="textbox"]', dialog).textContent = '';
    expect(click(send)).toBeNull();
  });

  it('a Like outside every recognised post (no unit, article or panel) is no follow of the name beside it', () => {
    const unit = post('pfbid0Anies1');
    unit.removeAttribute('aria-posinset');
    const button = control(unit, like);
    expect(click(button)).toBeNull();
    expect(press(button, { key: 'Enter' })).toBeNull();
  });
});

describe.each([
  ['feed-en', ['Like', 'Love', 'Care', 'Haha', 'Wow', 'Sad', 'Angry']],
  ['feed-id', ['Suka', 'Super', 'Peduli', 'Haha', 'Wow', 'Sedih', 'Marah']],
] as const)('the reaction bar as a layer of its own on %s', (fixture, reactions) => {
  /** The bar moved out of the post into a dialog at the end of the page, drawn just above the post's Like. */
  function openLayer(id: string): { layer: HTMLElement; like: HTMLElement } {
    const like = find('.jn-like', post(id));
    const toolbar = find('[role="toolbar"]', post(id));
    toolbar.hidden = false;
    const layer = document.createElement('div');
    layer.setAttribute('role', 'dialog');
    layer.setAttribute('aria-label', 'Reactions');
    layer.append(toolbar);
    document.body.append(layer);
    vi.spyOn(layer, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 400, 300, 48));
    const hit = (x: number, y: number): Element | null => (x >= 100 && x <= 250 && y >= 454 && y <= 490 ? like : document.body);
    Object.defineProperty(document, 'elementFromPoint', { value: vi.fn(hit), configurable: true });
    return { layer, like };
  }

  beforeEach(() => loadFixture(fixture));
  afterEach(() => vi.restoreAllMocks());

  it('every reaction is a like of the post whose Like the bar opened over', () => {
    const { layer } = openLayer('pfbid0Kompas2');
    for (const name of reactions) {
      const button = control(layer, name);
      expectAction(click(button), 'like', 'kompascom', button);
      expectAction(click(find('img', button)), 'like', 'kompascom', button);
    }
    // In a language without a label table the layer's buttons are reactions all the same.
    const unnamed = control(layer, reactions[2]);
    unnamed.setAttribute('aria-label', 'Placeholder-reaction');
    expectAction(click(unnamed), 'like', 'kompascom', unnamed);
  });

  it('on a post already reacted, a reaction only changes it: no intent', () => {
    const { layer } = openLayer('pfbid0Prabowo4');
    expect(click(control(layer, reactions[1]))).toBeNull();
  });

  it('where no Like lies beyond its edges, nothing is guessed', () => {
    const { layer } = openLayer('pfbid0Anies1');
    Object.defineProperty(document, 'elementFromPoint', { value: () => document.body, configurable: true });
    expect(click(control(layer, reactions[0]))).toBeNull();
  });

  it('a proceeded reaction is replayed on the bar, or on the Like button once the bar has closed', () => {
    const { layer, like } = openLayer('pfbid0Anies1');
    const love = control(layer, reactions[1]);
    const action = click(love)!;
    const clicked: EventTarget[] = [];
    document.addEventListener('click', (event) => clicked.push(event.target!), { capture: true });
    action.replay!();
    layer.remove();
    action.replay!();
    expect(clicked).toEqual([love, like]);
  });
});
