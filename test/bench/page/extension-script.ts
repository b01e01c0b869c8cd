import type { CDPSession, Page } from 'playwright-core';

export interface ExtensionScript {
  /** Milliseconds of the extension's own script. */
  ms: number;
  /** Calls into it: observer callbacks, listeners, timers. */
  calls: number;
  /** The longest single call, ms. */
  longest: number;
  /** Main-thread tasks over 50 ms that ran any of it, and how much of them was it (ms). */
  longTasks: { count: number; ms: number; extensionMs: number };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid?: number;
  tid?: number;
  args?: { data?: { url?: string } };
}

const EXTENSION_URL = /^(chrome-extension|moz-extension):\/\//;

/**
 * The extension's own script in a page while `run` goes, from a Chromium
 * trace: every call the browser makes into a function of the extension's
 * (FunctionCall events whose script is an extension URL), outermost calls
 * only. One tab and one trace, so it is not the difference of two noisy
 * totals from two browsers, and the page's own script is not in it. Long
 * tasks are the main thread's tasks over 50 ms that ran any of it. `scripts`
 * picks another script's calls instead, by URL.
 */
export async function extensionScript(page: Page, run: () => Promise<unknown>, scripts: RegExp = EXTENSION_URL): Promise<ExtensionScript> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const events = await traced(cdp, run);
    const calls = events
      .filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && scripts.test(e.args?.data?.url ?? ''))
      .sort((a, b) => a.ts - b.ts);
    const outermost: TraceEvent[] = [];
    let end = -Infinity;
    for (const call of calls) {
      if (call.ts < end) continue;
      end = call.ts + (call.dur ?? 0);
      outermost.push(call);
    }
    const thread = outermost[0];
    const longTasks = events.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 50_000 && e.pid === thread?.pid && e.tid === thread?.tid,
    );
    let extensionInLong = 0;
    const holding = longTasks.filter((task) => {
      const inside = outermost.filter((call) => call.ts >= task.ts && call.ts < task.ts + task.dur!);
      extensionInLong += inside.reduce((sum, call) => sum + call.dur! / 1000, 0);
      return inside.length > 0;
    });
    return {
      ms: outermost.reduce((sum, call) => sum + (call.dur ?? 0) / 1000, 0),
      calls: outermost.length,
      longest: Math.max(0, ...outermost.map((call) => (call.dur ?? 0) / 1000)),
      longTasks: { count: holding.length, ms: holding.reduce((sum, task) => sum + task.dur! / 1000, 0), extensionMs: extensionInLong },
    };
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
