import { summarise, type Result } from '../measure';
import type { Worker } from 'playwright-core';
import { launchChromiumContext, type ChromiumContext } from '../../e2e/harness/chromium';
import { makeEntries } from './entries';
import { openInContentScriptWorld, type ContentScriptWorld } from './content-script-world';

const TABS = 20;
const PER_TAB = 50;
/**
 * Measured rounds in each run. A round is one burst to each writer, the
 * order alternating from round to round (extension first, then the bare
 * writer first), so neither writer always meets a store, a worker or a
 * machine the other one just warmed or loaded.
 */
const ROUNDS = 6;
/**
 * Runs, each in a browser of its own as a separate `npm run bench --
 * decisions` would be: issue 19 asks for the median of five runs. A run's
 * figure is the median of its rounds' ratios, each round's two bursts a few
 * seconds apart: on this shared machine a burst that meets another
 * process's spike has a p95 several times the usual, and the p95 of all
 * rounds' writes pooled rests on whichever bursts met one (runs of pooled
 * ratios spread 0.55-2.49 under load, on the same build).
 */
const RUNS = 5;

type Writer = 'extension' | 'bare';
const median = (values: number[]) => summarise(values).median;

/** The message each writer is sent. */
const MESSAGE: Record<Writer, string> = { extension: 'decision:log', bare: 'bench:floor' };
/** The IndexedDB store each writer puts into. */
const STORE: Record<Writer, string> = { extension: 'decisions', bare: 'floor' };

interface TabRun {
  ids: string[];
  millis: number[];
  logged: number;
}

/** What the worker's clocks noted, by decision id, and each writer's transactions. */
interface Clocks {
  arrived: Record<string, number>;
  committed: Record<string, number>;
  transactions: Record<string, number[]>;
  lagArrived: Record<string, number>;
  lagRan: Record<string, number>;
}

/**
 * Runs inside the extension's service worker, before any burst. Two clocks,
 * the same for both writers: a second onMessage listener (called after the
 * extension's own, in the same task) notes when each decision arrived, and
 * IndexedDB's put and transaction completion are observed to note when it
 * was committed, in the extension's store or the bare writer's. Then the bare
 * writer (the least a background can do with the same burst): `bench:floor`
 * messages are queued and written to a database of its own, with the same
 * schema (keyed by id, one index on the time) and the extension's batching
 * (everything that arrived while a transaction was under way goes in the
 * next one, committed explicitly), without validation, settings or replies
 * of substance. And `bench:lag`: a task posted on each arrival and nothing
 * else, to see how busy the worker itself is. The extension's code is not
 * changed; its own listener answers the bench's messages with an error at
 * once, which is all it does with them (so the bare writer's own reply, sent
 * after its commit, reaches no one and costs it little).
 */
function installInWorker(stores: string[]): void {
  const clocks = { arrived: {}, committed: {}, transactions: {}, lagArrived: {}, lagRan: {} } as {
    arrived: Record<string, number>;
    committed: Record<string, number>;
    transactions: Record<string, number[]>;
    lagArrived: Record<string, number>;
    lagRan: Record<string, number>;
  };
  (globalThis as unknown as { __benchClocks: typeof clocks }).__benchClocks = clocks;
  type Listener = (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | undefined;
  const { runtime } = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: Listener): void } } } }).chrome;
  runtime.onMessage.addListener((message) => {
    const { type, entry } = message as { type?: string; entry?: { id?: unknown } };
    if ((type === 'decision:log' || type === 'bench:floor') && typeof entry?.id === 'string') clocks.arrived[entry.id] = performance.now();
    return undefined;
  });
  const put = IDBObjectStore.prototype.put;
  const ids = new WeakMap<IDBTransaction, string[]>();
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const id = (value as { id?: unknown } | null)?.id;
    if (stores.includes(this.name) && typeof id === 'string') {
      const tx = this.transaction;
      if (!ids.has(tx)) {
        ids.set(tx, []);
        const opened = performance.now();
        const name = this.name;
        tx.addEventListener('complete', () => {
          const at = performance.now();
          (clocks.transactions[name] ??= []).push(at - opened);
          for (const done of ids.get(tx) ?? []) clocks.committed[done] = at;
        });
      }
      ids.get(tx)!.push(id);
    }
    return put.call(this, value, key);
  };

  type Pending = { entry: unknown; respond(reply: unknown): void };
  const open = indexedDB.open('bench-floor', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('floor', { keyPath: 'id' }).createIndex('at', 'at');
  const db = new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const queue: Pending[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (queue.length > 0) {
      const batch = queue.splice(0);
      const tx = (await db).transaction('floor', 'readwrite');
      const store = tx.objectStore('floor');
      for (const pending of batch) store.put(pending.entry);
      tx.commit();
      await new Promise((resolve) => (tx.oncomplete = resolve));
      for (const pending of batch) pending.respond({ ok: true });
    }
    running = false;
  };
  runtime.onMessage.addListener((message, _sender, respond) => {
    const { type, entry } = message as { type?: string; entry?: { id: string } };
    if (type === 'bench:lag' && entry !== undefined) {
      clocks.lagArrived[entry.id] = performance.now();
      const tick = new MessageChannel();
      tick.port1.onmessage = () => {
        clocks.lagRan[entry.id] = performance.now();
        respond({ ok: true });
      };
      tick.port2.postMessage(null);
      return true;
    }
    if (type !== 'bench:floor' || entry === undefined) return undefined;
    queue.push({ entry, respond });
    if (!running) void drain();
    return true;
  });
}

async function serviceWorker(browser: ChromiumContext): Promise<Worker> {
  const origin = browser.extensionOrigin!;
  const ours = (w: Worker) => w.url().startsWith(origin);
  return browser.context.serviceWorkers().find(ours) ?? (await browser.context.waitForEvent('serviceworker', { predicate: ours }));
}

/** One replica page per site; the twenty tabs go round them. */
const SITE_TABS = [
  ['x', 'https://x.com/home'],
  ['facebook', 'https://www.facebook.com/'],
  ['instagram', 'https://www.instagram.com/'],
  ['tiktok', 'https://www.tiktok.com/foryou'],
  ['youtube', 'https://www.youtube.com/watch?v=aniesVideo01'],
  ['threads', 'https://www.threads.net/'],
] as const;
const siteOf = (tab: number) => SITE_TABS[tab % SITE_TABS.length]!;

/**
 * Sent in a tab's content script world: PER_TAB decisions of that tab's site,
 * all at once from `startAt` (wall clock), as the guard sends them. Returns
 * each id and its round trip.
 */
function burst(make: string, count: number, platform: string, startAt: number, type: string): string {
  return `(async () => {
    const entries = (${make})(${count}, Date.now()).map((e) => ({ ...e, platform: ${JSON.stringify(platform)}, origin: location.origin }));
    await new Promise((r) => setTimeout(r, ${startAt} - Date.now()));
    const timed = await Promise.all(entries.map(async (entry) => {
      const start = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: ${JSON.stringify(type)}, entry });
      return { ms: performance.now() - start, logged: reply && reply.logged === true };
    }));
    return { ids: entries.map((e) => e.id), millis: timed.map((t) => t.ms), logged: timed.filter((t) => t.logged).length };
  })()`;
}

/** Every tab sends its PER_TAB messages of `type`, all starting on the same instant a second from now. */
function sendBurst(worlds: ContentScriptWorld[], type: string): Promise<TabRun[]> {
  const startAt = Date.now() + 1_000;
  return Promise.all(worlds.map((world, i) => world.evaluate<TabRun>(burst(makeEntries.toString(), PER_TAB, siteOf(i)[0], startAt, type))));
}

interface RunFigures {
  /** The median over the rounds of the extension's write p95 ÷ the bare writer's in the same round. */
  ratio: number;
  rounds: number[];
  /** The same ratio over every measured round's writes pooled. */
  pooled: number;
  extension: { p95: number; median: number; transactions: number };
  bare: { p95: number; median: number; transactions: number };
  /** Decisions the extension was sent and has stored, warm-up included. */
  sent: number;
  stored: number;
  lagP95: number;
  roundTripP95: number;
}

/**
 * One run: a fresh browser with the extension, TABS site tabs (the replicas,
 * six sites in turn) sending from the content script's world, a warm-up burst
 * to each writer (not counted: the first burst meets a cold worker and a new
 * store), one lag burst, then ROUNDS rounds. The write of a decision is timed
 * in the worker, from the background receiving it to its transaction
 * committing. Sent from site tabs, not extension pages: the browser hands a
 * message from an extension page to every other open extension page as
 * well, which no user's tabs cause.
 */
async function oneRun(): Promise<RunFigures> {
  const browser = await launchChromiumContext({ extension: true });
  try {
    const worker = await serviceWorker(browser);
    await worker.evaluate(installInWorker, Object.values(STORE));
    const pages = await Promise.all(Array.from({ length: TABS }, () => browser.context.newPage()));
    const worlds = await Promise.all(pages.map((page, i) => openInContentScriptWorld(page, siteOf(i)[1], browser.extensionOrigin!)));
    const sent: string[] = [];
    const burstTo = async (writer: Writer) => {
      const runs = await sendBurst(worlds, MESSAGE[writer]);
      if (writer === 'extension') sent.push(...runs.flatMap((r) => r.ids));
      return runs;
    };
    await burstTo('extension');
    await burstTo('bare');
    await sendBurst(worlds, 'bench:lag');
    const measured: Record<Writer, TabRun[][]> = { extension: [], bare: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Writer[] = round % 2 === 0 ? ['extension', 'bare'] : ['bare', 'extension'];
      for (const writer of order) measured[writer].push(await burstTo(writer));
    }
    await Promise.all(worlds.map((world) => world.close()));
    const clocks = await worker.evaluate(() => (globalThis as unknown as { __benchClocks: Clocks }).__benchClocks);
    const stored = await worker.evaluate(async (wanted: string[]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('jaga-netral-history');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
        const req = db.transaction('decisions').objectStore('decisions').getAllKeys();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      const have = new Set(keys);
      return wanted.filter((id) => have.has(id)).length;
    }, sent);
    const writes = (runs: TabRun[]) =>
      runs
        .flatMap((r) => r.ids)
        .filter((id) => clocks.arrived[id] !== undefined && clocks.committed[id] !== undefined)
        .map((id) => clocks.committed[id]! - clocks.arrived[id]!);
    const pooled = (writer: Writer) => summarise(measured[writer].flatMap(writes));
    const extension = pooled('extension');
    const bare = pooled('bare');
    const lagIds = Object.keys(clocks.lagRan);
    const lag = summarise(lagIds.map((id) => clocks.lagRan[id]! - clocks.lagArrived[id]!));
    const roundTrip = summarise(measured.extension.flatMap((runs) => runs.flatMap((r) => r.millis)));
    const transactions = (writer: Writer) => clocks.transactions[STORE[writer]]?.length ?? 0;
    const rounds = measured.extension.map((runs, i) => summarise(writes(runs)).p95 / summarise(writes(measured.bare[i]!)).p95);
    return {
      ratio: median(rounds),
      rounds,
      pooled: extension.p95 / bare.p95,
      extension: { p95: extension.p95, median: extension.median, transactions: transactions('extension') },
      bare: { p95: bare.p95, median: bare.median, transactions: transactions('bare') },
      sent: sent.length,
      stored,
      lagP95: lag.p95,
      roundTripP95: roundTrip.p95,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Issue 19's "decisions under load": TABS tabs × PER_TAB decisions at once to
 * the extension and the same to a bare writer in the same worker, RUNS runs
 * of ROUNDS rounds each; the figure is the median over the runs of each
 * run's median round, a round's figure being the extension's write p95 ÷ the
 * bare writer's (with six rounds, the upper of the middle two). Every run
 * has a browser of its own, so the browsers the other page benchmarks share
 * are not used.
 */
export async function concurrentDecisions(): Promise<Result[]> {
  const runs: RunFigures[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await oneRun());
  const ratios = runs.map((r) => r.ratio);
  const ratio = median(ratios);
  const middle = [...runs].sort((a, b) => a.ratio - b.ratio)[Math.floor(RUNS / 2)]!;
  const sent = runs.reduce((n, r) => n + r.sent, 0);
  const stored = runs.reduce((n, r) => n + r.stored, 0);
  const list = (values: number[], digits: number) => values.map((v) => v.toFixed(digits)).join(', ');
  const perWrite = (writer: 'extension' | 'bare') => runs.map((r) => r[writer].transactions).join(', ');
  return [
    {
      what: `${TABS} tabs × ${PER_TAB} decisions at once, ${RUNS} runs: stored`,
      measured: `${stored} of ${sent}`,
      target: `all ${sent}`,
      ok: stored === sent,
    },
    {
      what: `write p95, the extension's ÷ a bare writer's in the same worker (median of ${RUNS} runs, each the median of ${ROUNDS} alternating rounds)`,
      measured: `${ratio.toFixed(2)} (runs ${list(ratios, 2)})`,
      target: '≤ 1.10',
      ok: ratio <= 1.1,
    },
    {
      what: `the middle run: write, received → committed, extension / bare writer (all ${ROUNDS * TABS * PER_TAB} of each)`,
      measured: `p95 ${middle.extension.p95.toFixed(1)} / ${middle.bare.p95.toFixed(1)} ms, median ${middle.extension.median.toFixed(1)} / ${middle.bare.median.toFixed(1)} ms; its rounds ${list(middle.rounds, 2)}`,
      target: 'informational: single rounds spread widely, which is why the median of rounds is taken and runs repeated',
      ok: true,
    },
    {
      what: 'each run, the ratio of the p95 of all its rounds pooled',
      measured: list(runs.map((r) => r.pooled), 2),
      target: 'informational: rests on the bursts that met a spike of the machine’s load',
      ok: true,
    },
    {
      what: 'transactions per run, extension / bare writer (same decisions, warm-up included)',
      measured: `${perWrite('extension')} / ${perWrite('bare')}`,
      target: 'informational: the same batching gives about as many',
      ok: true,
    },
    {
      what: 'a task posted on each arrival, until it runs (p95, per run)',
      measured: `${list(runs.map((r) => r.lagP95), 1)} ms`,
      target: 'informational: how busy the service worker itself is; the rest of a write waits in the browser’s IndexedDB',
      ok: true,
    },
    {
      what: `${TABS} tabs × ${PER_TAB} decisions: round trip from the tab (p95, per run)`,
      measured: `${list(runs.map((r) => r.roundTripP95), 0)} ms`,
      target: 'informational: mostly the browser delivering 1,000 messages one by one',
      ok: true,
    },
  ];
}
