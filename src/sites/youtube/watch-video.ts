import { YouTubeSelectors } from './selectors';

/**
 * Whether the watch page holding `element` renders the video its URL names.
 * During navigation YouTube changes the URL first and re-renders the page
 * later, so the owner row may still be the previous video's.
 *
 * Desktop: the page element's `video-id`. Mobile has none: every
 * `data-video-id` under the page and the canonical link that name a video must
 * all name the URL's, and at least one must; otherwise the page is not
 * trusted (null owner rather than a guessed one).
 */
export function rendersUrlVideo(element: Element): boolean {
  const page = element.closest(YouTubeSelectors.watchPage);
  if (page === null) return false;
  const wanted = new URL(element.ownerDocument.URL).searchParams.get('v');
  if (!wanted) return false;
  if (page.matches(YouTubeSelectors.desktopWatchPage)) return page.getAttribute('video-id') === wanted;
  const shown = mobileShownVideos(page);
  return shown.length > 0 && shown.every((id) => id === wanted);
}

function mobileShownVideos(page: Element): string[] {
  const ids: string[] = [];
  for (const named of page.querySelectorAll(YouTubeSelectors.mobileVideoId)) {
    const id = named.getAttribute('data-video-id');
    if (id) ids.push(id);
  }
  const canonical = page.ownerDocument.head?.querySelector(YouTubeSelectors.canonical)?.getAttribute('href');
  if (canonical) ids.push(videoOfHref(canonical));
  return ids;
}

/** The ?v= of a watch URL; anything else (a Short, a channel, a bad URL) names no video the URL can match. */
function videoOfHref(href: string): string {
  try {
    return new URL(href, 'https://www.youtube.com/').searchParams.get('v') ?? '';
  } catch {
    return '';
  }
}
