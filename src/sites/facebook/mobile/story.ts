import type { AccountRef } from '../../../lists/platform';
import { firstProfileLink } from '../account-link';
import { MobileFacebookSelectors } from './selectors';

/** The story an element sits in, or null. */
export function storyOf(element: Element): Element | null {
  return element.closest(MobileFacebookSelectors.story);
}

/** The story's author and the link naming them: the first profile link in its header's heading. */
export function storyAuthor(story: Element): { link: HTMLElement; account: AccountRef } | null {
  const heading = story.querySelector(MobileFacebookSelectors.storyHeader);
  return heading === null ? null : firstProfileLink(heading);
}

/**
 * The post a page is about: the story an element sits in, else the page's
 * only story (a permalink page, whose comment form sits below the story).
 */
export function storyOfPage(element: Element): Element | null {
  const own = storyOf(element);
  if (own !== null) return own;
  const stories = element.ownerDocument.querySelectorAll(MobileFacebookSelectors.story);
  return stories.length === 1 ? (stories[0] ?? null) : null;
}
