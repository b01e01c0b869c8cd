import type { CDPSession, Page } from 'playwright-core';

export interface ExtensionScript {
  /** Milliseconds of the extension's own script. */
  ms: number;
  /** Calls into it: observer callbacks, listeners, timers. */
  calls: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

const EXTENSION_URL = /^(chrome-extension|moz-extension):\/\//;

/**
 * The extension's own script in a page while `run` goes, from a Chromium
 * trace: every call the browser makes into a function of the extension's
 * (FunctionCall events whose script is an extension URL), outermost calls
 * only. One tab and one trace, so it is not the difference of two noisy
 * totals from two browsers, and the page's own script is not in it.
 */
export async function extensionScript(page: Page, run: () => Promise<unknown>): Promise<ExtensionScript> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const events = await traced(cdp, run);
    const calls = events
      .filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && EXTENSION_URL.test(e.args?.data?.url ?? ''))
      .sort((a, b) => a.ts - b.ts);
    let ms = 0;
    let count = 0;
    let end = -Infinity;
    for (const call of calls) {
      if (call.ts < end) continue;
      end = call.ts + (call.dur ?? 0);
      ms += (call.dur ?? 0) / 1000;
      count++;
    }
    return { ms, calls: count };
  } finally {
    await cdp.detach();
  }
}

async function traced(cdp: CDPSession, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  return events;
}
