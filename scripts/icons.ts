import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/**
 * `npm run icons [-- --sheet FILE.png]`: rasterises scripts/icons/icon.svg,
 * the one source of the toolbar and store icons, into public/icons/
 * (WXT copies public/ into both builds) as `<state>-<size>.png` for the
 * guarded and unguarded states (src/background/tab-icon.ts switches them).
 *
 * The PNGs are committed with this script, not made at build time, so that
 * `npm run build` (and AMO's reviewers rebuilding the sources zip) needs no
 * browser: rasterising takes Debian's Chromium, which a build machine need
 * not have. Run this again after changing the SVG and commit what it writes.
 *
 * `--sheet FILE.png` also writes a contact sheet: each state as the toolbar
 * shows it, at 16 px on a light (#f1f3f4) and a dark (#202124) toolbar, with
 * and without the health "!" badge and the page-reading "?" badge (drawn here
 * the way Chrome draws a badge: its own colour over the icon's lower right),
 * at 1× and magnified 8× pixel for pixel, to judge legibility by eye.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'scripts/icons/icon.svg');
const OUT = join(ROOT, 'public/icons');

export const STATES = ['guarded', 'unguarded'] as const;
/** 16/32 the toolbar (1×/2×), 48 the extensions page, 96 Firefox's add-ons manager at 2×, 128 the stores. */
export const SIZES = [16, 32, 48, 96, 128] as const;

const TOOLBARS = { light: '#f1f3f4', dark: '#202124' } as const;
const BADGES = [null, { text: '!', color: '#b91c1c' }, { text: '?', color: '#b91c1c' }] as const;

function launch(): Promise<Browser> {
  // The flags test/e2e/harness/chromium.ts launches with, minus the extension: nothing goes to the network.
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function rasterise(browser: Browser, svg: string): Promise<Map<string, Buffer>> {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const pngs = new Map<string, Buffer>();
  for (const state of STATES) {
    for (const size of SIZES) {
      const sized = svg.replace(/<svg\b([^>]*?)\swidth="\d+"\sheight="\d+"/, `<svg$1 width="${size}" height="${size}" class="${state}"`);
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
      pngs.set(`${state}-${size}.png`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  }
  await page.close();
  return pngs;
}

async function contactSheet(browser: Browser, pngs: Map<string, Buffer>): Promise<Buffer> {
  const src = (name: string) => `data:image/png;base64,${pngs.get(name)!.toString('base64')}`;
  // First each toolbar button alone at 1×, as the browser would paint it…
  const tile = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 28, height: 28 } });
  const tiles: { label: string; toolbar: string; png: Buffer }[] = [];
  for (const [toolbar, colour] of Object.entries(TOOLBARS)) {
    for (const state of STATES) {
      for (const badge of BADGES) {
        const badgeHtml = badge
          ? `<span style="position:absolute;right:1px;bottom:2px;min-width:9px;height:10px;padding:0 1px;box-sizing:border-box;border-radius:2px;background:${badge.color};color:#fff;font:bold 9px/10px sans-serif;text-align:center">${badge.text}</span>`
          : '';
        await tile.setContent(
          `<!doctype html><body style="margin:0;width:28px;height:28px;background:${colour};position:relative">` +
            `<img src="${src(`${state}-16.png`)}" style="position:absolute;left:6px;top:6px;width:16px;height:16px">${badgeHtml}</body>`,
        );
        tiles.push({ label: `${state}${badge ? ` ${badge.text}` : ''}`, toolbar, png: await tile.screenshot() });
      }
    }
  }
  await tile.close();
  // …then the sheet: each tile at 1× and magnified without smoothing.
  const cells = tiles
    .map(
      (t) =>
        `<figure style="margin:8px;display:inline-block;text-align:center;font:12px sans-serif;color:${t.toolbar === 'dark' ? '#e8eaed' : '#202124'}">` +
        `<div style="background:${TOOLBARS[t.toolbar as keyof typeof TOOLBARS]};padding:8px">` +
        `<img src="data:image/png;base64,${t.png.toString('base64')}" style="width:28px;height:28px;margin-right:8px;vertical-align:middle">` +
        `<img src="data:image/png;base64,${t.png.toString('base64')}" style="width:224px;height:224px;image-rendering:pixelated;vertical-align:middle"></div>` +
        `<figcaption>${t.toolbar}: ${t.label}</figcaption></figure>`,
    )
    .join('');
  const sheet = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 3 * 300, height: 600 } });
  await sheet.setContent(`<!doctype html><body style="margin:0;background:#888">${cells}</body>`);
  const png = await sheet.screenshot({ fullPage: true });
  await sheet.close();
  return png;
}

async function main(args: string[]): Promise<void> {
  const sheetAt = args.indexOf('--sheet');
  const sheetPath = sheetAt >= 0 ? args[sheetAt + 1] : undefined;
  if (sheetAt >= 0 && !sheetPath) throw new Error('--sheet needs a file name');
  const svg = await readFile(SOURCE, 'utf8');
  const browser = await launch();
  try {
    const pngs = await rasterise(browser, svg);
    await mkdir(OUT, { recursive: true });
    for (const [name, png] of pngs) await writeFile(join(OUT, name), png);
    console.log(`wrote ${pngs.size} icons to ${OUT}`);
    if (sheetPath) {
      await mkdir(dirname(sheetPath), { recursive: true });
      await writeFile(sheetPath, await contactSheet(browser, pngs));
      console.log(`wrote the contact sheet to ${sheetPath}`);
    }
  } finally {
    await browser.close();
  }
}

await main(process.argv.slice(2));
