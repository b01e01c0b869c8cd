// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchPageReading } from '../../../src/guard/watch-page-reading';
import type { SiteAdapter } from '../../../src/sites/adapter';

/** Posts are <article>s; the adapter reads an author from a[data-author] in them. */
const adapter: SiteAdapter = {
  platform: 'x',
  events: ['click'],
  detect: () => null,
  profileOwner: () => null,
  markableSelector: 'article',
  markable(element) {
    const link = element.querySelector<HTMLElement>('a[data-author]');
    return link ? { kind: 'post', account: { platform: 'x', id: link.dataset.author! }, anchor: link } : null;
  },
};

/** The replies a message to the tab gets; through sendResponse, the only way Chrome's own API takes one. */
async function popupAsks(message: unknown): Promise<unknown[]> {
  const replies: unknown[] = [];
  await fakeBrowser.runtime.onMessage.trigger(message, {}, (reply: unknown) => replies.push(reply));
  return replies;
}

let controller: AbortController;
let sent: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  });
  controller = new AbortController();
  document.body.innerHTML = '';
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('watchPageReading', () => {
  it('tells the background when the page turns out unreadable, and again only when that changes', async () => {
    watchPageReading(adapter, (_url, doc) => doc.querySelector('article') !== null, controller.signal);
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toEqual([{ type: 'page:reading', state: 'nothing' }]);

    // A feed arrives whose posts the adapter cannot attribute.
    document.body.innerHTML = '<article><a href="/someone">someone</a></article>'.repeat(3);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent.at(-1)).toEqual({ type: 'page:reading', state: 'unreadable' });
    await vi.advanceTimersByTimeAsync(15000);
    expect(sent).toHaveLength(2);

    document.body.insertAdjacentHTML('beforeend', '<article><a data-author="kompascom">Kompas</a></article>');
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent.at(-1)).toEqual({ type: 'page:reading', state: 'read' });
  });

  it('answers the popup with the counts, the recognised controls among them', async () => {
    const reading = watchPageReading(adapter, (_url, doc) => doc.querySelector('article') !== null, controller.signal);
    document.body.innerHTML = '<article><a data-author="a">A</a></article><article><a data-author="b">B</a></article><article></article>';
    reading.controlRecognised();
    expect(await popupAsks({ type: 'page:reading:get' })).toEqual([{ state: 'read', posts: 3, authors: 2, controls: 1 }]);
    expect(await popupAsks({ type: 'index:get' })).toEqual([]);
  });

  it('stops looking and answering once the content script is invalidated', async () => {
    watchPageReading(adapter, (_url, doc) => doc.querySelector('article') !== null, controller.signal);
    controller.abort();
    await vi.advanceTimersByTimeAsync(20000);
    expect(sent).toEqual([]);
    expect(await popupAsks({ type: 'page:reading:get' })).toEqual([]);
  });
});
