import type { AccountRef } from '../../lists/platform';
import { accountFromYouTubeHref, channelIds } from './account-link';
import { YouTubeSelectors } from './selectors';

/**
 * Ids of the channel that owns `videoId`, as the watch page's VideoObject
 * microdata names them (its channelId, its author's @handle URL). YouTube
 * leaves that microdata in place when it navigates to another video, so it
 * counts only when its own `identifier` is this video.
 */
export function videoMetadataChannel(doc: Document, videoId: string): AccountRef[] {
  for (const identifier of doc.querySelectorAll(YouTubeSelectors.metaIdentifier)) {
    if (identifier.getAttribute('content') !== videoId) continue;
    const video = identifier.closest(YouTubeSelectors.itemScope);
    if (video === null) return [];
    return channelIds([
      channelOfId(video.querySelector(YouTubeSelectors.metaChannelId)?.getAttribute('content')),
      accountFromYouTubeHref(video.querySelector(YouTubeSelectors.authorUrl)?.getAttribute('href') ?? null),
    ]);
  }
  return [];
}

/**
 * Ids of the channel whose page the document was loaded as: its head names
 * the UC… id (`meta[itemprop=identifier]`, the canonical link) whatever the
 * URL's form. The head is written by the server once and YouTube's in-app
 * navigation does not rewrite it, so it counts only while the URL names the
 * channel the document was loaded at.
 */
export function loadedChannel(doc: Document, shown: AccountRef): AccountRef[] {
  const loaded = loadedUrl(doc);
  if (loaded === null || accountFromYouTubeHref(loaded)?.id !== shown.id) return [];
  const head = doc.head;
  if (head === null) return [];
  return channelIds([
    channelOfId(head.querySelector(YouTubeSelectors.metaIdentifier)?.getAttribute('content')),
    accountFromYouTubeHref(head.querySelector(YouTubeSelectors.canonical)?.getAttribute('href') ?? null),
  ]);
}

/** The URL the document was loaded from, before any in-app navigation. */
function loadedUrl(doc: Document): string | null {
  const [entry] = doc.defaultView?.performance.getEntriesByType('navigation') ?? [];
  return entry?.name ?? null;
}

/** A bare UC… id (or anything else, which names no channel) as the channel it is. */
function channelOfId(id: string | null | undefined): AccountRef | null {
  return id ? accountFromYouTubeHref(`/channel/${encodeURIComponent(id)}`) : null;
}
