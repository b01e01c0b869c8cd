import type { Platform } from '../lists/platform';

/**
 * Whether a page plainly shows posts or a video, judged by what any reader of
 * the markup sees without the site's test ids, custom element names or
 * labels: HTML's own elements and roles, and the page's address. Adapters
 * read pages by those site-specific signals; this is the independent check
 * that tells a page the adapter cannot read from a page with nothing to read.
 * Each test is one query that stops at the first match.
 */
const PLAIN_CONTENT: Readonly<Record<Platform, (url: URL, doc: Document) => boolean>> = {
  // Every post X renders, in feeds, threads and search, is an <article>.
  x: (_url, doc) => doc.querySelector('article') !== null,
  // Feed stories and comments are role="article"; a photo, video or post
  // page shows one post whatever its markup.
  facebook: (url, doc) =>
    /^\/(?:photo(?:\.php|\/)|watch\/?$|reel\/|permalink\.php|[^/]+\/(?:posts|videos|photos)\/)/.test(url.pathname) ||
    doc.querySelector('[role="article"]') !== null,
  instagram: (url, doc) => /^\/(?:[^/]+\/)?(?:p|reels?)\/[^/]+/.test(url.pathname) || doc.querySelector('article') !== null,
  youtube: (url) => url.pathname === '/watch' || url.pathname.startsWith('/shorts/'),
  tiktok: (url, doc) => /^\/@[^/]+\/video\/\d+/.test(url.pathname) || doc.querySelector('video') !== null,
  threads: (url, doc) => /^\/@[^/]+\/post\//.test(url.pathname) || doc.querySelector('a[href*="/post/"]') !== null,
};

export function plainlyShowsContent(platform: Platform, url: URL, doc: Document): boolean {
  return PLAIN_CONTENT[platform](url, doc);
}
