import type { CDPSession, Page } from 'playwright-core';
import { QUOTE_OR_TWEET } from '../../../src/sites/x/author';
import { XSelectors } from '../../../src/sites/x/selectors';

/** The floor's functions carry this script URL, so a trace tells them apart from the page's. */
const FLOOR_URL = 'jaga-netral-floor.js';
/** The floor's calls in a trace (extensionScript's `scripts`). */
export const FLOOR_CALLS = new RegExp(`^${FLOOR_URL.replaceAll('.', '\\.')}$`);

/**
 * The least any content script must do to know who wrote each post X appends:
 * one observer on the document, each added element searched for posts, each
 * post's first name block, the check that it is not a quoted post's, its
 * first link's href, and a remembered answer per href. No lists, no markers,
 * no adapter, no selectors chosen by URL (only X's own, from the one file
 * that names them): what the extension does on top of this is its own cost.
 * Runs in an isolated world made over CDP, where DOM access costs what it
 * costs a content script (each element a world touches first gets a wrapper
 * of its own).
 */
const FLOOR_SCRIPT = `(() => {
  const authors = new Map();
  const observer = new MutationObserver((records) => {
    for (let r = 0; r < records.length; r++) {
      const nodes = records[r].addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (node.nodeType !== 1) continue;
        const posts = node.querySelectorAll(${JSON.stringify(XSelectors.tweet)});
        for (let p = 0; p < posts.length; p++) {
          const post = posts[p];
          const name = post.querySelector(${JSON.stringify(XSelectors.tweetAuthorName)});
          if (name === null || name.closest(${JSON.stringify(QUOTE_OR_TWEET)}) !== post) continue;
          const href = name.querySelector(${JSON.stringify(XSelectors.link)})?.getAttribute('href');
          if (href && !authors.has(href)) authors.set(href, href.slice(1).toLowerCase());
        }
      }
    }
  });
  globalThis.__floor = {
    start: () => observer.observe(document, { childList: true, subtree: true }),
    stop: () => observer.disconnect(),
  };
})()
//# sourceURL=${FLOOR_URL}`;

export interface Floor {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Installs the floor's observer, stopped, in a new isolated world of the page. */
export async function installFloor(page: Page): Promise<Floor> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'jaga-netral-floor' });
  const run = async (expression: string) => {
    const reply = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId });
    if (reply.exceptionDetails) throw new Error(`the floor observer failed: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
  };
  await run(FLOOR_SCRIPT);
  return { start: () => run('__floor.start()'), stop: () => run('__floor.stop()') };
}
