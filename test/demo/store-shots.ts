import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumDriver, chromiumPage, launchChromiumContext } from '../e2e/harness/chromium';
import { ROOT } from '../e2e/harness/driver';
import { markerFor } from '../e2e/warning-contract';
import { HOME, HOME_ID, LISTED_TWEET, tweetArticle } from '../e2e/x-replica';
import { step, tour } from './tour';

/**
 * The store's pictures (docs/store.md): per language, 1280 × 800 shots of the
 * warning, the popup over an X tab, the history page, the options page and a
 * marker on the feed, from the real build in Chromium on the replicas; and
 * the 440 × 280 promo tile in each language.
 */

const STORE = { width: 1280, height: 800 } as const;
const TILE = { width: 440, height: 280 } as const;
/** The popup’s body width (entrypoints/popup/popup.css). */
const POPUP = { width: 340, height: 240 } as const;

const TAGLINE = {
  id: ['Pengingat netralitas ASN', 'Tahan dulu like, follow, komentar dan share pada akun peserta pemilu.'],
  en: ['Neutrality reminder for civil servants', 'Holds likes, follows, comments and shares of election contestants.'],
} as const;

type Lang = keyof typeof TAGLINE;

export async function storeShots(out: string): Promise<void> {
  for (const lang of ['id', 'en'] as const) {
    const dir = join(out, lang);
    await mkdir(dir, { recursive: true });
    await shotsIn(lang, dir);
  }
  await promoTiles(out);
}

async function shotsIn(lang: Lang, dir: string): Promise<void> {
  const launched = await launchChromiumContext({ viewport: STORE });
  const browser = chromiumDriver(launched);
  const { context, extensionOrigin } = launched;
  const pageAt = (suffix: string) => context.pages().find((page) => page.url().endsWith(suffix));
  const save = (page: Page | undefined, name: string) =>
    step(`save ${lang}/${name}`, async () => void (await page?.screenshot({ path: join(dir, name) })), () => `docs/store/${lang}/${name}`);
  const home = lang === 'id' ? HOME_ID : HOME;
  try {
    const options = await browser.openExtensionPage('options.html');
    await options.click(`input[name="language"][value="${lang}"]`);
    await options.waitFor(`html[lang="${lang}"]`);
    await save(pageAt('/options.html'), '4-options.png');

    await tour(browser, {
      home,
      onWarning: (page) => step(`save ${lang}/1-warning.png`, () => page.screenshot(join(dir, '1-warning.png')), () => `docs/store/${lang}/1-warning.png`),
      onHistory: async () => save(pageAt('/history.html'), '3-history.png'),
    });

    const feed = await context.newPage();
    await feed.goto(home);
    await chromiumPage(feed).waitFor(markerFor('x:aniesbaswedan'));
    await feed.locator(tweetArticle(LISTED_TWEET)).first().scrollIntoViewIfNeeded();
    await save(feed, '5-marker.png');
    await save(await popupOver(context, extensionOrigin!, feed), '2-popup.png');
  } finally {
    await browser.close();
  }
}

/** The popup as the browser draws it: its own page at its own size, over the X tab it reports on. */
async function popupOver(context: BrowserContext, origin: string, tab: Page): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`${origin}/popup.html`);
  await tab.bringToFront();
  await popup.reload();
  await popup.locator('[data-popup="site"][data-site="x"]').waitFor({ timeout: 5_000 });
  const [under, over] = [await tab.screenshot(), await popup.screenshot({ fullPage: true })];
  const frame = await context.newPage();
  await frame.setContent(
    `<body style="margin:0"><img src="data:image/png;base64,${under.toString('base64')}" style="display:block">` +
      `<img src="data:image/png;base64,${over.toString('base64')}" style="position:fixed;top:8px;right:16px;border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0 / .35)"></body>`,
  );
  return frame;
}

async function promoTiles(out: string): Promise<void> {
  const launched = await launchChromiumContext({ extension: false, viewport: TILE });
  try {
    const icon = (await readFile(join(ROOT, 'public/icons/guarded-128.png'))).toString('base64');
    for (const lang of ['id', 'en'] as const) {
      const [title, line] = TAGLINE[lang];
      const page = await launched.context.newPage();
      await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;box-sizing:border-box;
        background:linear-gradient(135deg,#1e3a8a,#1d4ed8);color:#fff;font:16px/1.4 system-ui,sans-serif">
        <img src="data:image/png;base64,${icon}" width="112" height="112" alt="">
        <div><div style="font-size:30px;font-weight:700">Jaga Netral</div><div style="font-weight:600;margin:4px 0 8px;color:#fde68a">${title}</div><div>${line}</div></div></body>`);
      const name = `promo-440x280-${lang}.png`;
      await step(`save ${name}`, () => page.screenshot({ path: join(out, name) }), () => `docs/store/${name}`);
    }
  } finally {
    await launched.close();
  }
}
