import type { Publish } from '../adapter';
import { blocksText } from '../post-text';
import { postContainer } from './post';
import { FacebookSelectors as S } from './selectors';

/** The "Create post" dialog's button, English and Indonesian. */
const POST_LABELS: ReadonlySet<string> = new Set(['Post', 'Posting', 'Kirim']);

/**
 * A press on the Post button of Facebook's "Create post" dialog: a dialog
 * with a text box that is no post's comment box (a post's dialog holds
 * those). No saved page shows this dialog, so it is read by its label and
 * its one text box, and a disabled (empty) button publishes nothing.
 */
export function detectPublish(control: HTMLElement): Publish | null {
  const boxes = control.closest(S.dialog)?.querySelectorAll<HTMLElement>(S.commentBox);
  const box = boxes?.length === 1 ? boxes[0] : undefined;
  const label = (control.getAttribute('aria-label') ?? control.textContent).trim();
  if (!box || !POST_LABELS.has(label) || control.getAttribute('aria-disabled') === 'true' || postContainer(box)) return null;
  return { element: control, text: () => blocksText([box]) };
}
