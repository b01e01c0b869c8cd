/**
 * Whether a page plainly shows posts or a video, judged by what any reader of
 * the markup sees without the site's test ids, custom element names or
 * labels: HTML's own elements and roles, and the page's address. Adapters
 * read pages by those site-specific signals; this is the independent check
 * that tells a page the adapter cannot read from a page with nothing to read.
 * Each test is one query that stops at the first match. One export per site,
 * so each site's content script carries only its own.
 */
export type PlainContent = (url: URL, doc: Document) => boolean;

/** Every post X renders, in feeds, threads and search, is an <article>. */
export const xPlainContent: PlainContent = (_url, doc) => doc.querySelector('article') !== null;

/** Feed stories and comments are role="article"; a photo, video or post page shows one post whatever its markup. */
export const facebookPlainContent: PlainContent = (url, doc) =>
  /^\/(?:photo(?:\.php|\/)|watch\/?$|reel\/|permalink\.php|[^/]+\/(?:posts|videos|photos)\/)/.test(url.pathname) ||
  doc.querySelector('[role="article"]') !== null;

export const instagramPlainContent: PlainContent = (url, doc) =>
  /^\/(?:[^/]+\/)?(?:p|reels?)\/[^/]+/.test(url.pathname) || doc.querySelector('article') !== null;

export const youtubePlainContent: PlainContent = (url) => url.pathname === '/watch' || url.pathname.startsWith('/shorts/');

export const tiktokPlainContent: PlainContent = (url, doc) =>
  /^\/@[^/]+\/video\/\d+/.test(url.pathname) || doc.querySelector('video') !== null;

export const threadsPlainContent: PlainContent = (url, doc) =>
  /^\/@[^/]+\/post\//.test(url.pathname) || doc.querySelector('a[href*="/post/"]') !== null;
