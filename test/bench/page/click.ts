import { summarise, type Result } from '../measure';
import { HOME, LISTED_TWEET, tweetButton } from '../../e2e/x-replica';
import type { BenchBrowsers } from './browsers';

const CLICKS = 25;
const WARNING_HOST = 'jaga-netral-warning';

/**
 * Runs in the page's main world from document start. The extension's
 * capture listener on window was added first and stops the click, but not
 * pointerdown or pointerup. The click is dispatched in the same input task as
 * pointerup (the release), so pointerup's timeStamp starts the clock;
 * pointerdown's is kept too, but the time between press and release is the
 * driver's (two CDP round trips, milliseconds on a loaded machine), not the
 * extension's. The warning's host is appended to <body>; "painted" is
 * approximated as the task after the next frame (requestAnimationFrame, then
 * a MessageChannel tick).
 */
const PROBE = `
  window.__benchWarnings = [];
  let pressed = null;
  let released = null;
  addEventListener('pointerdown', (e) => { if (e.isTrusted) pressed = e.timeStamp; }, true);
  let nextFrame = null;
  addEventListener('pointerup', (e) => {
    if (!e.isTrusted) return;
    released = e.timeStamp;
    nextFrame = null;
    requestAnimationFrame((t) => (nextFrame = t));
  }, true);
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      if (pressed === null || released === null || !records.some((r) => [...r.addedNodes].some((n) => n.localName === '${WARNING_HOST}'))) return;
      // Inserted before the first frame after the release began: painted in that frame.
      const sample = { pressed, released, inserted: performance.now(), firstFrame: nextFrame === null };
      pressed = released = null;
      requestAnimationFrame(() => {
        const tick = new MessageChannel();
        tick.port1.onmessage = () => window.__benchWarnings.push({ ...sample, painted: performance.now() });
        tick.port2.postMessage(null);
      });
    }).observe(document.body, { childList: true });
  });
`;

/** Trusted clicks on a listed author's like button on the X replica, each cancelled with Escape. */
export async function clickToWarning(browsers: BenchBrowsers): Promise<Result[]> {
  const page = await browsers.with.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(HOME, { waitUntil: 'load' });
  const like = page.locator(tweetButton(LISTED_TWEET, 'like'));
  const host = page.locator(WARNING_HOST);
  for (let i = 0; i < CLICKS; i++) {
    await like.click();
    await page.waitForFunction((n) => (window as unknown as { __benchWarnings: unknown[] }).__benchWarnings.length >= n, i + 1);
    await page.keyboard.press('Escape');
    await host.waitFor({ state: 'detached' });
  }
  const samples = await page.evaluate(
    () =>
      (window as unknown as { __benchWarnings: { pressed: number; released: number; inserted: number; painted: number; firstFrame: boolean }[] })
        .__benchWarnings,
  );
  await page.close();
  const painted = summarise(samples.map((s) => s.painted - s.released));
  const inserted = summarise(samples.map((s) => s.inserted - s.released));
  const fromPress = summarise(samples.map((s) => s.painted - s.pressed));
  return [
    {
      what: `click on a listed control → warning painted (p95 of ${samples.length})`,
      measured: `${painted.p95.toFixed(1)} ms (median ${painted.median.toFixed(1)}, max ${painted.max.toFixed(1)})`,
      target: '≤ 16 ms',
      ok: painted.p95 <= 16,
    },
    {
      what: 'click → warning in the DOM (p95)',
      measured: `${inserted.p95.toFixed(1)} ms (median ${inserted.median.toFixed(1)})`,
      target: 'informational',
      ok: true,
    },
    {
      what: 'warning painted in the first frame after the click',
      measured: `${samples.filter((s) => s.firstFrame).length} of ${samples.length}`,
      target: 'informational: the rest of the time is waiting for that frame',
      ok: true,
    },
    {
      what: 'press (pointerdown) → warning painted (p95), driver time included',
      measured: `${fromPress.p95.toFixed(1)} ms (median ${fromPress.median.toFixed(1)})`,
      target: 'informational',
      ok: true,
    },
  ];
}
