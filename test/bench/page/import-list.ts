import type { Page } from 'playwright-core';
import type { Result } from '../measure';
import { HOME } from '../../e2e/x-replica';
import { markerFor } from '../../e2e/warning-contract';
import type { BenchBrowsers } from './browsers';

const ENTRIES = 200_000;
const PLATFORMS = ['x', 'instagram', 'threads', 'tiktok', 'youtube'] as const;
/** Open X tabs that must all take the new list. */
const OPEN_TABS = 3;
/** A shipped list's account with a post on the X replica's home feed. */
const SHIPPED = 'x:aniesbaswedan';
/** An account only the imported list names, with a post on the same feed. */
const IMPORTED = 'x:kompascom';

/**
 * A list of ENTRIES entries with one account on each of five platforms: the
 * 1,000,000 accounts of issue 19. The first entry is @kompascom, whose post
 * the X replica shows. Compact JSON, about 46 MB.
 */
export function millionAccountList(): string {
  const entry = (name: string, handle: string) =>
    `{"name":"${name}","accounts":[${PLATFORMS.map((p) => `{"platform":"${p}","id":"${p === 'youtube' ? '@' : ''}${handle}"}`).join(',')}]}`;
  const parts = [entry('Kompas', 'kompascom')];
  for (let i = 1; i < ENTRIES; i++) parts.push(entry(`Calon ${i}`, `calon${i.toString(36)}`));
  return `{"format":"jaga-netral/list@1","id":"bench-million","title":"Bench: 1,000,000 accounts","updated":"2024-01-10","entries":[${parts.join(',')}]}`;
}

/** Main world: whether any open shadow root holds this account's marker. */
const hasMarker = (account: string) =>
  `[...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector(${JSON.stringify(markerFor(account))}))`;

/**
 * Watches, in the page, whether the shipped account's marker is shown: after
 * every task that changed the page (a mutation observer is called once the
 * task is over, so a marker dropped and drawn again within one task, which
 * nobody can see, is not counted), and the longest gap between two frames.
 * A stretch with the marker gone is timed, and the frames drawn during it
 * counted: a stretch with a frame in it is one a user could have seen (a
 * real gap), while a long frame alone is a tab that could not draw, markers
 * or not. A sampler on a timer, as before, could tell neither apart.
 */
const WATCH = `(() => {
  const w = (window.__benchImport = { checks: 0, gone: [], longestFrame: 0 });
  let goneSince = null;
  let framesGone = 0;
  let last = performance.now();
  const frame = (now) => {
    w.longestFrame = Math.max(w.longestFrame, now - last);
    last = now;
    if (goneSince !== null) framesGone++;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const check = () => {
    w.checks++;
    const shown = ${hasMarker(SHIPPED)};
    if (!shown && goneSince === null) {
      goneSince = performance.now();
      framesGone = 0;
    }
    if (shown && goneSince !== null) end();
  };
  const end = () => {
    w.gone.push({ ms: performance.now() - goneSince, frames: framesGone });
    goneSince = null;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  window.__benchImportEnd = () => {
    check();
    if (goneSince !== null) end();
    return w;
  };
})()`;

interface Watched {
  /** Page changes after which the marker was looked for. */
  checks: number;
  /** Each stretch without the shipped marker: how long, and how many frames were drawn meanwhile. */
  gone: { ms: number; frames: number }[];
  longestFrame: number;
}

async function openWatchedTab(page: Page): Promise<void> {
  await page.goto(HOME, { waitUntil: 'load' });
  await page.waitForFunction(hasMarker(SHIPPED), null, { timeout: 60_000, polling: 100 });
  await page.evaluate(WATCH);
}

/**
 * Issue 19: a 1,000,000-account list imported through the options page, with
 * OPEN_TABS X tabs open. Measures the import (file chosen → "active" shown),
 * then how long each open tab takes to mark the new list's account, whether
 * the shipped list stayed marked in every tab throughout, how soon a tab
 * opened mid-import marks the shipped account, and whether the options page
 * showed its progress bar and kept drawing frames.
 */
export async function importMillion(browsers: BenchBrowsers): Promise<Result[]> {
  const { context, extensionOrigin } = browsers.with;
  const list = millionAccountList();
  const tabs = await Promise.all(Array.from({ length: OPEN_TABS }, () => context.newPage()));
  for (const tab of tabs) await openWatchedTab(tab);
  const options = await context.newPage();
  await options.goto(`${extensionOrigin}/options.html`, { waitUntil: 'load' });
  const input = await options.waitForSelector('input[type="file"][name="list-import"]', { state: 'attached' });
  await options.evaluate(`(() => {
    const w = (window.__benchOptions = { progress: false, longestFrame: 0, stages: [], chosen: null });
    // The clock starts when the page has the file: Playwright's own upload of 46 MB is no part of an import.
    document.querySelector('input[name="list-import"]').addEventListener('change', () => {
      w.chosen = Date.now();
      let last = performance.now();
      const frame = (now) => { w.longestFrame = Math.max(w.longestFrame, now - last); last = now; requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
    }, true);
    const stageOf = () => {
      const bar = document.querySelector('[data-import-progress]');
      if (bar === null) return document.querySelector('[data-import-status]') ? 'done' : null;
      return bar.getAttribute('data-import-progress') + (bar.querySelector('progress[value]') && bar.getAttribute('data-import-progress') === 'checking' ? '+' : '');
    };
    new MutationObserver(() => {
      if (document.querySelector('progress')) w.progress = true;
      const stage = stageOf();
      if (stage !== null && w.stages.at(-1)?.[0] !== stage) w.stages.push([stage, Date.now()]);
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  })()`);

  const chosen = input.setInputFiles({ name: 'million.json', mimeType: 'application/json', buffer: Buffer.from(list) });
  // A tab opened while the list is checked must still mark the shipped lists at once.
  const midway = (async () => {
    await options.waitForSelector('[data-import-progress="checking"]', { timeout: 120_000 });
    const fresh = await context.newPage();
    const opened = Date.now();
    await fresh.goto(HOME, { waitUntil: 'load' });
    await fresh.waitForFunction(hasMarker(SHIPPED), null, { timeout: 120_000, polling: 50 });
    const marked = Date.now() - opened;
    await fresh.close();
    return marked;
  })();
  await chosen;
  await options.waitForSelector('[data-import-status="ok"], [data-import-error]', { timeout: 300_000 });
  const active = Date.now();
  // The page's Date.now() and this process's read the same machine clock.
  const started = await options.evaluate<number>('window.__benchOptions.chosen');
  const importMs = active - started;
  const ok = (await options.$('[data-import-status="ok"]')) !== null;
  const markedAfter = await Promise.all(
    tabs.map(async (tab) => {
      await tab.waitForFunction(hasMarker(IMPORTED), null, { timeout: 120_000, polling: 20 });
      return Date.now() - active;
    }),
  );
  const freshMarked = await midway;
  const watched = await Promise.all(tabs.map((tab) => tab.evaluate<Watched>('window.__benchImportEnd()')));
  const page = await options.evaluate<{ progress: boolean; longestFrame: number; stages: [string, number][] }>('window.__benchOptions');
  // Where the time went, as the page saw it: `checking+` is the first report from the background.
  const stages = page.stages.map(([stage, at]) => `${stage} ${((at - started) / 1000).toFixed(1)} s`).join(', ');
  await Promise.all([...tabs, options].map((p) => p.close()));

  const slowestTab = Math.max(...markedAfter);
  const gone = watched.flatMap((w) => w.gone);
  const checks = watched.reduce((n, w) => n + w.checks, 0);
  // Only a stretch with a frame drawn in it is one a user could have seen.
  const seen = gone.filter((g) => g.frames > 0);
  const tabFrame = Math.max(...watched.map((w) => w.longestFrame));
  return [
    {
      what: 'import 1,000,000 accounts (200,000 entries × 5) on the options page',
      measured: `${(importMs / 1000).toFixed(1)} s, file in the page → "active" shown${ok ? '' : ' (REFUSED)'} (${stages})`,
      target: '≤ 10 s',
      ok: ok && importMs <= 10_000,
    },
    {
      what: `the new list marked in each of ${OPEN_TABS} open tabs, after "active"`,
      measured: `${slowestTab} ms slowest (${markedAfter.join(', ')})`,
      target: '≤ 2000 ms',
      ok: slowestTab <= 2_000,
    },
    {
      what: 'shipped list marked in the open tabs throughout the import',
      measured: `${
        gone.length === 0
          ? `never gone (looked for after each of ${checks} page changes)`
          : `gone ${gone.length} times after ${checks} page changes, longest ${Math.max(...gone.map((g) => g.ms)).toFixed(0)} ms; ${seen.length} of them across a drawn frame`
      }; longest frame ${tabFrame.toFixed(0)} ms`,
      target: 'never gone across a drawn frame',
      ok: seen.length === 0,
    },
    {
      what: 'a tab opened mid-import: shipped list marked after',
      measured: `${freshMarked} ms`,
      target: '≤ 2000 ms',
      ok: freshMarked <= 2_000,
    },
    {
      what: 'options page during the import: progress bar, longest frame',
      measured: `${page.progress ? 'shown' : 'NOT shown'}; ${page.longestFrame.toFixed(0)} ms`,
      target: 'a bar; the page keeps drawing',
      ok: page.progress,
    },
  ];
}
