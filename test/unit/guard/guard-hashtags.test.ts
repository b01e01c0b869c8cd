// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGuard, type FinalVerdict, type GuardOptions, type Verdict } from '../../../src/guard/guard';
import type { SiteAdapter } from '../../../src/sites/adapter';
import type { ListedAccount } from '../../../src/lists/listed-account';
import type { ListedHashtag } from '../../../src/lists/listed-hashtag';
import { mentionAccount } from '../../../src/lists/mention';
import type { Decision } from '../../../src/history/entry';

const ANIES: ListedAccount = { key: 'x:aniesbaswedan', name: 'Anies Rasyid Baswedan', listId: 'pilpres-2024', listTitle: 'Pemilu 2024', entryIndex: 0 };
const AMIN: ListedHashtag = { key: '#aminajadulu', name: 'Anies Rasyid Baswedan', listId: 'pilpres-2024', listTitle: 'Pemilu 2024', entryIndex: 0 };

/**
 * A site whose like buttons carry the author in data-author and sit in an
 * article with the post's text; its composer's Post button publishes the
 * textarea's text.
 */
const adapter: SiteAdapter = {
  platform: 'x',
  events: ['click'],
  detect(event) {
    const button = (event.target as Element).closest<HTMLElement>('button[data-author]');
    if (!button) return null;
    const text = vi.fn(() => button.closest('article')!.querySelector('p')!.textContent!);
    return { intent: 'like', account: { platform: 'x', id: button.dataset.author! }, element: button, text };
  },
  publish(event) {
    const button = (event.target as Element).closest<HTMLElement>('button[data-post]');
    return button ? { element: button, text: () => document.querySelector('textarea')!.value } : null;
  },
  profileOwner: () => null,
  markableSelector: 'article',
  markable: () => null,
};

function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

const listedAccount = (id: string): Verdict => (id === 'aniesbaswedan' ? { kind: 'listed', listed: ANIES } : { kind: 'unlisted' });
const listedTag = (tag: string): Verdict<ListedHashtag> => (tag === 'aminajadulu' ? { kind: 'listed', listed: AMIN } : { kind: 'unlisted' });

let controller: AbortController;
let site: ReturnType<typeof vi.fn<(event: Event) => void>>;

function setup(decision: Decision, overrides: Partial<GuardOptions> = {}) {
  const warn = vi.fn<GuardOptions['warn']>(async () => decision);
  installGuard(window, {
    adapter,
    verdict: (account) => listedAccount(account.id),
    confirm: async (account) => listedAccount(account.id) as FinalVerdict,
    hashtag: { verdict: listedTag, confirm: async (tag) => listedTag(tag) as FinalVerdict<ListedHashtag> },
    mention: (handle) => mentionAccount('x', handle),
    warn,
    signal: controller.signal,
    ...overrides,
  });
  return warn;
}

function post(author: string, text: string): HTMLButtonElement {
  const article = document.createElement('article');
  article.innerHTML = `<p></p><button data-author="${author}">Like</button>`;
  article.querySelector('p')!.textContent = text;
  document.getElementById('root')!.append(article);
  return article.querySelector('button')!;
}

beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '<div id="root"><textarea></textarea><button data-post>Post</button></div>';
  site = vi.fn<(event: Event) => void>();
  document.getElementById('root')!.addEventListener('click', site);
});

afterEach(() => controller.abort());

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const postButton = () => document.querySelector<HTMLElement>('button[data-post]')!;
const compose = (text: string) => (document.querySelector('textarea')!.value = text);

describe('guard: campaign hashtags on anyone\u2019s post', () => {
  it('holds a like of an unlisted author\u2019s post with a listed hashtag, naming the author and the tag', async () => {
    const warn = setup('cancelled');
    trustedClick(post('relawan_amin', 'Ayo ke TPS! #AMINAjaDulu 🇮🇩'));
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatchObject({ intent: 'like', account: { platform: 'x', id: 'relawan_amin' }, match: 'hashtag:#aminajadulu' });
    expect(warn.mock.calls[0]![1]).toBe(AMIN);
    expect(site).not.toHaveBeenCalled();
  });

  it('lets a like through when the tag only starts like a listed one, or sits in a link', async () => {
    const warn = setup('cancelled');
    trustedClick(post('relawan_amin', '#AMINAjaDuluBanget https://berita.id/pemilu#AMINAjaDulu'));
    await settled();
    expect(warn).not.toHaveBeenCalled();
    expect(site).toHaveBeenCalledOnce();
  });

  it('lets a listed author win, and does not read the post at all then', async () => {
    const warn = vi.fn<GuardOptions['warn']>(async () => 'cancelled');
    const button = post('aniesbaswedan', '#AMINAjaDulu');
    const text = vi.fn(() => '#AMINAjaDulu');
    installGuard(window, {
      adapter: { ...adapter, detect: (event) => ({ ...adapter.detect(event)!, text }) },
      verdict: (account) => listedAccount(account.id),
      confirm: async () => ({ kind: 'unlisted' }),
      hashtag: { verdict: listedTag, confirm: async (tag) => listedTag(tag) as FinalVerdict<ListedHashtag> },
      warn,
      signal: controller.signal,
    });
    trustedClick(button);
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatchObject({ match: 'account' });
    expect(text).not.toHaveBeenCalled();
  });

  it('waits for the background about a hashtag the filter cannot rule out, then replays the like once', async () => {
    let answer: (verdict: FinalVerdict<ListedHashtag>) => void = () => {};
    const warn = setup('cancelled', {
      hashtag: { verdict: () => ({ kind: 'undecided' }), confirm: () => new Promise((resolve) => (answer = resolve)) },
    });
    trustedClick(post('warga', '#PemiluDamai'));
    await settled();
    expect(site).not.toHaveBeenCalled();
    answer({ kind: 'unlisted' });
    await settled();
    expect(site).toHaveBeenCalledOnce();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('guard: new posts', () => {
  it('holds a post mentioning a listed account, as intent post with the mention as the match', async () => {
    const warn = setup('cancelled');
    compose('Semangat pak @AniesBaswedan!');
    trustedClick(postButton());
    await settled();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatchObject({
      intent: 'post',
      element: postButton(),
      account: { platform: 'x', id: 'aniesbaswedan' },
      match: 'mention:x:aniesbaswedan',
    });
    expect(site).not.toHaveBeenCalled();
    expect(document.querySelector('textarea')!.value).toBe('Semangat pak @AniesBaswedan!');
  });

  it('holds a post with a listed hashtag, naming no account', async () => {
    const warn = setup('cancelled');
    compose('＃ＡＭＩＮａｊａＤｕｌｕ');
    trustedClick(postButton());
    await settled();
    expect(warn.mock.calls[0]![0]).toMatchObject({ intent: 'post', account: null, match: 'hashtag:#aminajadulu' });
  });

  it('publishes exactly once on proceed', async () => {
    setup('proceeded');
    compose('cc @aniesbaswedan');
    trustedClick(postButton());
    await settled();
    expect(site).toHaveBeenCalledOnce();
  });

  it('lets any other post through untouched', async () => {
    const warn = setup('cancelled');
    compose('Selamat pagi @kompascom #InfoJalan, e-mail humas@aniesbaswedan.id');
    trustedClick(postButton());
    await settled();
    expect(warn).not.toHaveBeenCalled();
    expect(site).toHaveBeenCalledOnce();
  });

  it('never lets a synthetic press publish a held post', async () => {
    const warn = setup('proceeded');
    compose('@aniesbaswedan');
    postButton().click();
    await settled();
    expect(warn).not.toHaveBeenCalled();
    expect(site).not.toHaveBeenCalled();
  });
});

describe('guard: text no list can hold', () => {
  it('never asks the background about a hashtag or mention longer than any list holds', async () => {
    const asked: string[] = [];
    const warn = setup('cancelled', {
      hashtag: { verdict: () => ({ kind: 'undecided' }), confirm: async (tag) => (asked.push(tag), { kind: 'unlisted' }) },
    });
    trustedClick(post('warga', `#${'a'.repeat(101)} @${'b'.repeat(101)} #pendek`));
    await settled();
    expect(asked).toEqual(['pendek']);
    expect(site).toHaveBeenCalledOnce();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('guard: a follow', () => {
  it('is never held for a hashtag in the post it was pressed on: it follows an account, not a campaign', async () => {
    const warn = vi.fn<GuardOptions['warn']>(async () => 'cancelled');
    const follow: SiteAdapter = {
      ...adapter,
      detect: (event) => {
        const like = adapter.detect(event);
        return like && { ...like, intent: 'follow' };
      },
    };
    installGuard(window, {
      adapter: follow,
      verdict: (account) => listedAccount(account.id),
      confirm: async (account) => listedAccount(account.id) as FinalVerdict,
      hashtag: { verdict: listedTag, confirm: async (tag) => listedTag(tag) as FinalVerdict<ListedHashtag> },
      warn,
      signal: controller.signal,
    });
    trustedClick(post('relawan_amin', '#AMINAjaDulu'));
    await settled();
    expect(warn).not.toHaveBeenCalled();
    expect(site).toHaveBeenCalledOnce();
    trustedClick(post('aniesbaswedan', 'Salam'));
    await settled();
    expect(warn).toHaveBeenCalledOnce();
  });
});
