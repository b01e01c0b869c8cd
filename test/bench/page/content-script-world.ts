import type { CDPSession, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/**
 * Where the extension's content script runs in a tab: its isolated world,
 * found over CDP as the execution context whose origin is the extension's.
 * Script evaluated there sees the page's DOM and `chrome.runtime` as the
 * content script does, so a benchmark can send exactly what a site tab sends.
 */
export interface ContentScriptWorld {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function openInContentScriptWorld(page: Page, url: string, extensionOrigin: string): Promise<ContentScriptWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
  cdp.on('Runtime.executionContextsCleared', () => void contexts.splice(0));
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  const ours = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(extensionOrigin));
  const deadline = Date.now() + 10_000;
  while (!ours()) {
    if (Date.now() > deadline) throw new Error(`no content script of ${extensionOrigin} started in ${url}`);
    await page.waitForTimeout(50);
  }
  const contextId = ours()!.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (reply.exceptionDetails) throw new Error(`in the content script of ${url}: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      return reply.result.value as T;
    },
    close: () => cdp.detach(),
  };
}
