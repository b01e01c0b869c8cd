// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { installGuard, type FinalVerdict, type GuardOptions, type Verdict } from '../../../src/guard/guard';
import type { SiteAdapter } from '../../../src/sites/adapter';
import type { ListedAccount } from '../../../src/lists/listed-account';
import type { Decision } from '../../../src/history/entry';

const LISTED: ListedAccount = {
  key: 'x:aniesbaswedan',
  name: 'Anies Rasyid Baswedan',
  listId: 'pilpres-2024',
  listTitle: 'Pemilu 2024',
  entryIndex: 0,
};

/** A site whose like buttons carry the author in data-author. */
const adapter: SiteAdapter = {
  platform: 'x',
  events: ['click', 'keydown'],
  detect(event) {
    const button = (event.target as Element).closest<HTMLElement>('button[data-author]');
    if (!button || event.type !== 'click') return null;
    const account = { platform: 'x', id: button.dataset.author! } as const;
    const alternate = button.dataset.alternate;
    return alternate
      ? { intent: 'like', account, alternates: [{ platform: 'x', id: alternate }], element: button }
      : { intent: 'like', account, element: button };
  },
  profileOwner: () => null,
  markableSelector: 'button[data-author]',
  markable: () => null,
};

function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

let controller: AbortController;
let siteHandler: Mock<(event: Event) => void>;
let listed: HTMLButtonElement;
let unlisted: HTMLButtonElement;

function setup(overrides: Partial<GuardOptions> & { decision?: Decision; verdict?: GuardOptions['verdict'] }) {
  const warn = vi.fn<GuardOptions['warn']>(async () => overrides.decision ?? 'cancelled');
  installGuard(window, {
    adapter,
    verdict: (account): Verdict => (account.id === 'aniesbaswedan' ? { kind: 'listed', listed: LISTED } : { kind: 'unlisted' }),
    confirm: async () => ({ kind: 'unlisted' }),
    warn,
    signal: controller.signal,
    ...overrides,
  });
  return warn;
}

beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = `<div id="root">
    <button data-author="aniesbaswedan"><svg><path></path></svg></button>
    <button data-author="kompascom"></button></div>`;
  siteHandler = vi.fn<(event: Event) => void>();
  // The site listens where React does: on its root, in the bubble phase.
  document.getElementById('root')!.addEventListener('click', siteHandler);
  [listed, unlisted] = [...document.querySelectorAll('button')] as [HTMLButtonElement, HTMLButtonElement];
});

afterEach(() => controller.abort());

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('guard', () => {
  it('tells the adapter where the click before this one landed, the page’s own clicks included', async () => {
    const seen: (Element | null | undefined)[] = [];
    const remembering: SiteAdapter = {
      ...adapter,
      detect: (event, previous) => {
        if (event.type === 'click') seen.push(previous);
        return adapter.detect(event, previous);
      },
    };
    setup({ adapter: remembering });
    trustedClick(unlisted);
    trustedClick(listed);
    await settled();
    trustedClick(document.getElementById('root')!);
    expect(seen).toEqual([null, unlisted, listed]);
  });

  it('holds a listed action and warns; cancel means the site never sees it', async () => {
    const warn = setup({ decision: 'cancelled' });
    trustedClick(listed.querySelector('path')!);
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatchObject({ intent: 'like', element: listed });
    expect(siteHandler).not.toHaveBeenCalled();
  });

  it('replays a listed action exactly once on proceed', async () => {
    setup({ decision: 'proceeded' });
    trustedClick(listed);
    await settled();
    expect(siteHandler).toHaveBeenCalledOnce();
  });

  it('lets unlisted actions through untouched and without a warning', async () => {
    const warn = setup({});
    trustedClick(unlisted);
    await settled();
    expect(warn).not.toHaveBeenCalled();
    expect(siteHandler).toHaveBeenCalledOnce();
  });

  it('never warns for, nor passes, a synthetic click on a listed control', async () => {
    const warn = setup({ decision: 'proceeded' });
    listed.click();
    await settled();
    expect(warn).not.toHaveBeenCalled();
    expect(siteHandler).not.toHaveBeenCalled();
  });

  it('holds an undecided click until the lists answer, then lets an unlisted one through', async () => {
    let answer: (verdict: FinalVerdict) => void = () => {};
    const warn = setup({
      verdict: (): Verdict => ({ kind: 'undecided' }),
      confirm: () => new Promise<FinalVerdict>((resolve) => (answer = resolve)),
    });
    trustedClick(unlisted);
    await settled();
    expect(siteHandler).not.toHaveBeenCalled();
    answer({ kind: 'unlisted' });
    await settled();
    expect(siteHandler).toHaveBeenCalledOnce();
    expect(warn).not.toHaveBeenCalled();
  });

  it('holds an undecided click and warns once the background confirms the account is listed', async () => {
    const warn = setup({
      verdict: (): Verdict => ({ kind: 'undecided' }),
      confirm: async (): Promise<FinalVerdict> => ({ kind: 'listed', listed: LISTED }),
    });
    trustedClick(listed);
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(siteHandler).not.toHaveBeenCalled();
  });

  it("holds an action whose listed id is one of the account's alternates, and warns with that entry", async () => {
    const warn = setup({ decision: 'cancelled' });
    unlisted.dataset.alternate = 'aniesbaswedan';
    trustedClick(unlisted);
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![1]).toBe(LISTED);
    expect(siteHandler).not.toHaveBeenCalled();
  });

  it('asks the background about every id of an undecided account, and passes it only when none is listed', async () => {
    const asked: string[] = [];
    const warn = setup({
      verdict: (): Verdict => ({ kind: 'undecided' }),
      confirm: async (account): Promise<FinalVerdict> => {
        asked.push(account.id);
        return account.id === 'aniesbaswedan' ? { kind: 'listed', listed: LISTED } : { kind: 'unlisted' };
      },
    });
    unlisted.dataset.alternate = 'detikcom';
    trustedClick(unlisted);
    await settled();
    expect(asked).toEqual(['kompascom', 'detikcom']);
    expect(siteHandler).toHaveBeenCalledOnce();
    unlisted.dataset.alternate = 'aniesbaswedan';
    trustedClick(unlisted);
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(siteHandler).toHaveBeenCalledOnce();
  });

  it('opens one warning at a time: a second click while one is open is held silently', async () => {
    let decide: (d: Decision) => void = () => {};
    const warn = vi.fn(() => new Promise<Decision>((resolve) => (decide = resolve)));
    setup({ warn });
    trustedClick(listed);
    trustedClick(listed);
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    decide('proceeded');
    await settled();
    expect(siteHandler).toHaveBeenCalledOnce();
  });

  it("replays a held key press through the adapter's replay, once, and never by a click", async () => {
    const box = document.createElement('div');
    box.setAttribute('role', 'textbox');
    document.getElementById('root')!.append(box);
    const keyHandler = vi.fn<(event: Event) => void>();
    document.getElementById('root')!.addEventListener('keydown', keyHandler);
    const replay = vi.fn(() => box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    const warn = vi.fn<GuardOptions['warn']>(async () => 'proceeded');
    setup({
      warn,
      adapter: {
        ...adapter,
        detect: (event) =>
          event.type === 'keydown' ? { intent: 'comment', account: { platform: 'x', id: 'aniesbaswedan' }, element: box, replay } : null,
      },
    });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    Object.defineProperty(enter, 'isTrusted', { value: true });
    box.dispatchEvent(enter);
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(replay).toHaveBeenCalledOnce();
    // The page saw only the replayed key, not the held one, and no click.
    expect(keyHandler).toHaveBeenCalledOnce();
    expect(keyHandler.mock.calls[0]![0]).not.toBe(enter);
    expect(siteHandler).not.toHaveBeenCalled();
  });

  it('stops listening when its context ends', async () => {
    const warn = setup({});
    controller.abort();
    trustedClick(listed);
    await settled();
    expect(warn).not.toHaveBeenCalled();
    expect(siteHandler).toHaveBeenCalledOnce();
  });
});
