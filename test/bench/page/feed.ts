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

/** One post's cell: the template with its author and a status id outside the fixtures' 1790… range. */
function postCell(template: string, i: number): string {
  const { handle, name } = author(i);
  return template
    .replace(TEMPLATE_HANDLE, handle)
    .replace(TEMPLATE_NAME, name)
    .replace(TEMPLATE_STATUS, String(1_800_000_000_000_000_000n + BigInt(i)))
    .replace(LAYER_TRANSFORM, '');
}

function homeAndTemplate(): { home: string; template: string } {
  const home = readFileSync(HOME, 'utf8');
  const start = home.indexOf(CELL_START);
  if (start < 0) throw new Error(`${HOME} no longer has the post markup the feed is built from`);
  return { home, template: home.slice(start, home.indexOf(CELL_END, start) + CELL_END.length) };
}

/** Cells for posts first … first + count - 1; `first` lets appended batches continue the sequence. */
export function postCells(first: number, count: number): string {
  const { template } = homeAndTemplate();
  return Array.from({ length: count }, (_, i) => postCell(template, first + i)).join('');
}

/**
 * The page's own script, like X's timeline: it holds the posts as data and
 * keeps in the DOM only the cells near the viewport. Scrolling down renders
 * the next cells into the list, a few at a time (and measures them, as X
 * measures its cells), and
 * removes those scrolled far above, whose height moves into a spacer so
 * nothing shifts. `__benchFeedReset()` starts again from the first post at
 * the top. The posts' data is at the end of <body>, so the timeline starts
 * at DOMContentLoaded. Runs with and without the extension alike.
 */
const VIRTUAL_TIMELINE = `
(() => {
  const list = document.currentScript.parentElement;
  document.currentScript.remove();
  document.addEventListener('DOMContentLoaded', () => {
  const cells = JSON.parse(document.getElementById('bench-feed-cells').textContent);
  const scroller = document.body;
  const AHEAD = 1200;
  const BATCH = 5;
  const template = document.createElement('template');
  const spacer = document.createElement('div');
  let first = 0, next = 0, dropped = 0;
  const heights = [];
  const render = () => {
    const added = [];
    while (next < cells.length && list.lastElementChild.getBoundingClientRect().bottom < innerHeight + AHEAD) {
      for (let k = 0; k < BATCH && next < cells.length; k++) {
        template.innerHTML = cells[next];
        added.push([next++, template.content.firstElementChild]);
        list.append(added[added.length - 1][1]);
      }
    }
    // Measured together: one layout for the batch, as a framework measures after rendering.
    for (const [i, cell] of added) heights[i] = cell.getBoundingClientRect().height;
    for (let cell = spacer.nextElementSibling; cell && first < next - 1; cell = spacer.nextElementSibling) {
      if (cell.getBoundingClientRect().bottom > -AHEAD) break;
      dropped += heights[first++];
      spacer.style.height = dropped + 'px';
      cell.remove();
    }
  };
  window.__benchFeedReset = () => {
    list.replaceChildren(spacer);
    first = next = dropped = 0;
    spacer.style.height = '0px';
    scroller.scrollTop = 0;
    render();
  };
  scroller.addEventListener('scroll', render, { passive: true });
  window.__benchFeedReset();
  });
})();
`;

/**
 * home-en.html with its six posts replaced by a virtualised timeline of
 * FEED_POSTS generated ones (VIRTUAL_TIMELINE); the rest of the page (and
 * replica.js) kept.
 */
export function feedPage(): string {
  const { home, template } = homeAndTemplate();
  const first = home.indexOf(CELL_START);
  const last = home.lastIndexOf(CELL_START);
  const end = home.indexOf(CELL_END, last) + CELL_END.length;
  const cells = Array.from({ length: FEED_POSTS }, (_, i) => postCell(template, i));
  // JSON in a data block: "</script>" inside a post could not end it, since < is escaped.
  const data = JSON.stringify(cells).replace(/</g, '\\u003c');
  return (
    home.slice(0, first) +
    `<script>${VIRTUAL_TIMELINE}</script>` +
    home.slice(end).replace('</body>', `<script type="application/json" id="bench-feed-cells">${data}</script></body>`)
  );
}
