// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { button, click, find, loadFixture, WATCH_LIKE, WATCH_SUBSCRIBE } from './youtube-fixture';

/**
 * A list entry may name a channel by its @handle or its UC… id, and the page
 * may show only one of them: the adapter hands the guard every id the page
 * proves belongs to that channel.
 */

const GANJAR_UC = { platform: 'youtube', id: 'UCGanjarPranowoOfficial1' };
const GANJAR = { platform: 'youtube', id: '@ganjarreplica' };
const PRABOWO_UC = { platform: 'youtube', id: 'UCPrabowoSubiantoDjojo01' };
const PRABOWO = { platform: 'youtube', id: '@prabowo' };
const HEADER_SUBSCRIBE = 'yt-page-header-view-model yt-subscribe-button-view-model';

const named = (found: { account: unknown; alternates?: unknown } | null) =>
  found === null ? null : { account: found.account, alternates: found.alternates };

/** The document was loaded at `url`, before any in-app navigation (what the browser's navigation entry says). */
function loadedAt(url: string): void {
  vi.spyOn(performance, 'getEntriesByType').mockImplementation((type) =>
    type === 'navigation' ? ([{ name: url }] as unknown as PerformanceEntryList) : [],
  );
}

afterEach(() => vi.restoreAllMocks());

describe('a watched video whose owner row links only the @handle', () => {
  it("adds the UC… id from the video's own microdata to like and Subscribe", () => {
    loadFixture('watch-handle-only');
    expect(named(click(button(WATCH_LIKE)))).toEqual({ account: GANJAR, alternates: [GANJAR_UC] });
    expect(named(click(button(WATCH_SUBSCRIBE)))).toEqual({ account: GANJAR, alternates: [GANJAR_UC] });
  });

  it('marks the owner row under either id', () => {
    loadFixture('watch-handle-only');
    const row = find(youtubeAdapter.markableSelector);
    expect(named(youtubeAdapter.markable(row))).toEqual({ account: GANJAR, alternates: [GANJAR_UC] });
  });

  it('ignores microdata left from the previous video after in-app navigation', () => {
    loadFixture('watch-handle-only', 'https://www.youtube.com/watch?v=nextVideo01');
    find('ytd-watch-flexy').setAttribute('video-id', 'nextVideo01');
    expect(named(click(button(WATCH_LIKE)))).toEqual({ account: GANJAR, alternates: undefined });
  });
});

describe('a watched video whose owner row links only /channel/UC…', () => {
  it("names the @handle from the video's microdata first, with the linked UC… id beside it", () => {
    loadFixture('watch-channel-id');
    expect(named(click(button(WATCH_LIKE)))).toEqual({ account: PRABOWO, alternates: [PRABOWO_UC] });
  });

  it('keeps the linked UC… id alone when the microdata is missing', () => {
    loadFixture('watch-channel-id');
    find('#watch7-content').remove();
    expect(named(click(button(WATCH_LIKE)))).toEqual({ account: PRABOWO_UC, alternates: undefined });
  });
});

describe('a channel page addressed by its @handle', () => {
  const URL_ = 'https://www.youtube.com/@ganjarreplica';

  it("adds the head's UC… id while the URL names the channel the document was loaded at", () => {
    loadedAt(URL_);
    loadFixture('channel-handle-only');
    expect(named(click(button(HEADER_SUBSCRIBE)))).toEqual({ account: GANJAR, alternates: [GANJAR_UC] });
    expect(named(youtubeAdapter.markable(find('yt-page-header-view-model')))).toEqual({ account: GANJAR, alternates: [GANJAR_UC] });
  });

  it('ignores the head after in-app navigation from another channel, whose head it still is', () => {
    loadedAt('https://www.youtube.com/@aniesbaswedan');
    loadFixture('channel-handle-only');
    expect(named(click(button(HEADER_SUBSCRIBE)))).toEqual({ account: GANJAR, alternates: undefined });
  });
});
