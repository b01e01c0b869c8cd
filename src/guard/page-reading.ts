import type { SiteAdapter } from '../sites/adapter';
import type { PlainContent } from '../sites/plain-content';

/**
 * What the adapter made of the page: `read` when it found a post, profile or
 * video with its author; `partial` when it did, but the page is in an
 * interface language whose labels it does not know, so the controls told
 * apart only by their label are not held; `unreadable` when the page plainly
 * shows posts or a video and the adapter found none, or found posts without
 * an author; `nothing` when the page shows nothing to read (settings,
 * messages, a page still loading), which says nothing either way.
 */
export type ReadingState = 'read' | 'partial' | 'unreadable' | 'nothing';

export interface PageReading {
  state: ReadingState;
  /** Elements the adapter takes for posts, comments, videos or profile headers. */
  posts: number;
  /** Of those, the ones whose author it found. */
  authors: number;
  /** Guarded controls it recognised in this tab's presses so far. */
  controls: number;
  /** The page's interface language, when it is one the adapter has no labels for (`partial`). */
  language?: string;
}

/** The primary subtag of the page's `<html lang>` ("es-la" → "es"), or null when it names none. */
function pageLanguage(doc: Document): string | null {
  const primary = doc.documentElement.lang.split('-')[0]!.toLowerCase();
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * Reads the page as the markers would. With `complete` false it stops at the
 * first post with an author (enough to tell the state, and cheap on a long
 * feed); the counts are then lower bounds. When the page's first post has
 * its author, no list of every post is made at all: a feed that keeps every
 * post it loaded holds thousands after a long scroll, and the look runs
 * every few seconds while it is scrolled.
 */
export function readPage(
  adapter: SiteAdapter,
  plainContent: PlainContent,
  doc: Document,
  controls: number,
  complete: boolean,
): PageReading {
  const url = new URL(doc.URL);
  const selector = adapter.markableSelectorAt?.(url) ?? adapter.markableSelector;
  const first = complete ? null : doc.querySelector(selector);
  const counts = first !== null && adapter.markable(first) !== null ? { posts: 1, authors: 1, controls } : countAuthors(adapter, doc, selector, controls, complete);
  if (counts.authors === 0) return { state: plainContent(url, doc) ? 'unreadable' : 'nothing', ...counts };
  const language = pageLanguage(doc);
  const known = adapter.labelLanguages === undefined || language === null || adapter.labelLanguages.includes(language);
  return known ? { state: 'read', ...counts } : { state: 'partial', ...counts, language };
}

type Counts = Pick<PageReading, 'posts' | 'authors' | 'controls'>;

function countAuthors(adapter: SiteAdapter, doc: Document, selector: string, controls: number, complete: boolean): Counts {
  const found = doc.querySelectorAll(selector);
  let authors = 0;
  for (let i = 0; i < found.length; i++) {
    if (adapter.markable(found[i]!) === null) continue;
    authors++;
    if (!complete) break;
  }
  return { posts: found.length, authors, controls };
}
