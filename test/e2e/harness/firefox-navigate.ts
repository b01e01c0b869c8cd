import type { BidiClient, EvaluateResult } from './bidi-client';

/**
 * Firefox ESR 153's HTML parser sometimes stops for good partway through a page
 * that has a `<video>` in its markup when the machine is busy: the document stays
 * `loading`, nothing is left to fetch, the page still runs scripts, and the
 * navigation never completes. Measured on the YouTube watch replica with no
 * extension installed, at load average 4–8: 2–4 loads in every 30–40, once
 * twice in a row; none in 30 of the same page without its `<video>`; turning
 * off Firefox's media processes changed nothing. So a parse that makes no
 * progress for STALL_MS is abandoned and the page is opened again in a new
 * tab, up to ATTEMPTS times. A page still growing, or
 * waiting for a request, is left alone up to NAVIGATE_TIMEOUT_MS: on these
 * 2 cores under load a navigation has taken over 15 s.
 */
const NAVIGATE_TIMEOUT_MS = 45_000;
const STALL_MS = 6_000;
const POLL_MS = 500;
const ATTEMPTS = 3;

/** How far the page has got: its address, its readyState and how many elements it has. */
const PROGRESS = `location.href + ' ' + document.readyState + ' ' + document.getElementsByTagName('*').length`;

/** What a page whose navigation did not complete was doing, for the error. */
const PAGE_STATE = `JSON.stringify({
  state: document.readyState,
  elements: document.getElementsByTagName('*').length,
  last: (function last(n) { return n.lastElementChild ? last(n.lastElementChild) : n.outerHTML.slice(0, 120); })(document.documentElement),
})`;

async function evaluate(client: BidiClient, context: string, expression: string): Promise<string> {
  const result = await client.send<EvaluateResult>(
    'script.evaluate',
    { expression, target: { context }, awaitPromise: false, resultOwnership: 'none' },
    5_000,
  );
  return result.type === 'success' ? String(result.result.value) : result.exceptionDetails.text;
}

/** Rejects once the page in `context` has sat `loading` at `url` without a new element for STALL_MS. */
function stalled(client: BidiClient, context: string, url: string, done: { value: boolean }): Promise<never> {
  return new Promise((_, reject) => {
    let last = '';
    let since = Date.now();
    const poll = async () => {
      if (done.value) return;
      const progress = await evaluate(client, context, PROGRESS).catch(() => '');
      if (done.value) return;
      if (progress !== last) {
        last = progress;
        since = Date.now();
      } else if (progress.startsWith(`${url} loading `) && Date.now() - since >= STALL_MS) {
        reject(new Error(`the parser stopped for ${STALL_MS} ms`));
        return;
      }
      setTimeout(poll, POLL_MS);
    };
    setTimeout(poll, POLL_MS);
  });
}

/**
 * Opens `url` in a new tab and resolves with the tab once its load event has
 * fired. `unanswered` names the page's requests still waiting for an answer.
 */
export async function openInNewTab(
  client: BidiClient,
  url: string,
  viewport: { width: number; height: number },
  unanswered: () => string[],
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const { context } = await client.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await client.send('browsingContext.setViewport', { context, viewport });
    const done = { value: false };
    try {
      await Promise.race([
        client.send('browsingContext.navigate', { context, url, wait: 'complete' }, NAVIGATE_TIMEOUT_MS),
        stalled(client, context, url, done),
      ]);
      return context;
    } catch (error) {
      const page = await evaluate(client, context, PAGE_STATE).catch((e: Error) => `no answer (${e.message})`);
      const why = `${(error as Error).message}; requests: ${unanswered().join(', ') || 'every one answered'}; page: ${page}`;
      if (attempt === ATTEMPTS || !/timed out|parser stopped/.test(why)) throw new Error(`Opening ${url}: ${why}`);
      console.warn(`Firefox: opening ${url} again in a new tab: ${why}`);
      await client.send('browsingContext.close', { context }).catch(() => undefined);
    } finally {
      done.value = true;
    }
  }
}
