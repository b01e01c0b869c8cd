import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../sites/adapter';
import type { PlainContent } from '../sites/plain-content';
import { PageReadingRequestSchema } from '../messaging/page-reading';
import { OkResponseSchema } from '../messaging/tab-replies';
import { send } from '../messaging/send';
import { readPage, type PageReading, type ReadingState } from './page-reading';

/**
 * Looked at again this often while the tab is visible: a feed loads its
 * posts after the page, and a single-page site changes pages without a load.
 * Each look stops at the first post with an author, so a long feed costs one
 * query (the feed benchmark's scroll does not see it).
 */
const EVERY_MS = 5000;
const FIRST_LOOK_MS = 1500;

/**
 * Keeps this tab's reading of the page: the background is told whenever its
 * state changes (it shows a badge on the tab), and the popup asks for the
 * counts directly. Nothing leaves the browser.
 */
export function watchPageReading(
  adapter: SiteAdapter,
  plainContent: PlainContent,
  signal: AbortSignal,
): { controlRecognised(): void } {
  let controls = 0;
  let reported: ReadingState | null = null;
  const look = () => {
    if (signal.aborted || document.visibilityState === 'hidden') return;
    const { state } = readPage(adapter, plainContent, document, controls, false);
    if (state === reported) return;
    reported = state;
    void send({ type: 'page:reading', state }, OkResponseSchema).catch((error: unknown) =>
      console.error('[Jaga Netral] could not report how the page reads', error),
    );
  };
  const first = setTimeout(look, FIRST_LOOK_MS);
  const every = setInterval(look, EVERY_MS);
  signal.addEventListener('abort', () => {
    clearTimeout(first);
    clearInterval(every);
  });

  // Answered through sendResponse, not a returned promise: the content
  // script has no polyfill, and Chrome's own API ignores a listener's promise.
  const answer = (message: unknown, _sender: unknown, sendResponse: (reading: PageReading) => void): undefined => {
    if (PageReadingRequestSchema.safeParse(message).success) sendResponse(readPage(adapter, plainContent, document, controls, true));
  };
  browser.runtime.onMessage.addListener(answer);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(answer));
  return { controlRecognised: () => void controls++ };
}
