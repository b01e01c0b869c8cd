import type { DetectedAction } from '../adapter';
import { postAuthor } from './author';
import { threadsPostText } from './post-text';
import { ThreadsSelectors } from './selectors';

/**
 * A like or a repost pressed in a post's action bar: an action on the content
 * of the nearest post around the button. A quoted post has no action bar, so
 * the quoting post's buttons count the quoting author. The repost button only
 * opens the Repost/Quote menu, but holding that click holds both: the menu
 * never opens. An already reposted post's button is labelled as its undo and
 * never reaches here.
 */
export function detectPostAction(control: HTMLElement, intent: 'like' | 'share'): DetectedAction | null {
  const post = control.closest(ThreadsSelectors.post);
  const account = post === null ? null : postAuthor(post);
  return account === null || post === null ? null : { intent, account, element: control, text: () => threadsPostText(post) };
}
