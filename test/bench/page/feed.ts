import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../e2e/harness/driver';

/** Where the generated feed is served; x.com so the X content script runs on it. */
export const FEED_URL = 'https://x.com/bench-feed';
export const FEED_POSTS = 2_000;

const HOME = join(ROOT, 'test/fixtures/x/home-en.html');
const CELL_START = '<div class="css-175oi2r" data-testid="cellInnerDiv"';
const CELL_END = '</article>\n  </div></div></div>\n';
/** The template is home-en.html's first post: @AniesBaswedan, status 1790000000000000001. */
const TEMPLATE_HANDLE = /AniesBaswedan/g;
const TEMPLATE_NAME = /Anies Baswedan/g;
const TEMPLATE_STATUS = /1790000000000000001/g;
/**
 * X's counters and share button carry a no-op 3D transform, which makes each
 * a compositor layer. X keeps about twenty posts in the DOM; with 2,000 posts
 * that is ~10,000 layers and headless Chromium's software compositor then
 * spends ~700 ms a frame on them (measured), with or without the extension.
 * Dropping them keeps the comparison about script, not layers.
 */
const LAYER_TRANSFORM = /transform: [^;"]*translate3d\([^)]*\);/g;

/**
 * Every tenth post is by a listed account (alternately @aniesbaswedan and
 * @prabowo), the rest by 500 unlisted authors, so the guard looks up many
 * distinct accounts and marks a realistic share of posts.
 */
function author(i: number): { handle: string; name: string } {
  if (i % 10 === 0) return i % 20 === 0 ? { handle: 'AniesBaswedan', name: 'Anies Baswedan' } : { handle: 'prabowo', name: 'Prabowo Subianto' };
  return { handle: `warga_${i % 500}`, name: `Warga ${i % 500}` };
}

/** Status ids outside the fixtures' 1790… range; `first` lets appended batches continue the sequence. */
export function postCells(first: number, count: number): string {
  const home = readFileSync(HOME, 'utf8');
  const start = home.indexOf(CELL_START);
  const template = home.slice(start, home.indexOf(CELL_END, start) + CELL_END.length);
  let cells = '';
  for (let i = first; i < first + count; i++) {
    const { handle, name } = author(i);
    cells += template
      .replace(TEMPLATE_HANDLE, handle)
      .replace(TEMPLATE_NAME, name)
      .replace(TEMPLATE_STATUS, String(1_800_000_000_000_000_000n + BigInt(i)))
      .replace(LAYER_TRANSFORM, '');
  }
  return cells;
}

/** home-en.html with its six posts replaced by FEED_POSTS generated ones; the rest of the page (and replica.js) kept. */
export function feedPage(): string {
  const home = readFileSync(HOME, 'utf8');
  const first = home.indexOf(CELL_START);
  const last = home.lastIndexOf(CELL_START);
  const end = home.indexOf(CELL_END, last) + CELL_END.length;
  if (first < 0 || end < CELL_END.length) throw new Error(`${HOME} no longer has the post markup the feed is built from`);
  return home.slice(0, first) + postCells(0, FEED_POSTS) + home.slice(end);
}
