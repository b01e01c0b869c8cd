import type { Publish } from '../adapter';
import { blocksText } from '../post-text';
import { commentKey, commentPress, type CommentBox } from './comment';
import { controlKind } from './controls';
import { TikTokSelectors } from './selectors';

/**
 * What TikTok's web app lets a user write is a comment or a reply, in the
 * same Draft.js box (@mentions typed there stay text until posted): its Post
 * button and Enter publish the text as typed. Uploading a video with a
 * caption happens on TikTok Studio, which this adapter does not read.
 */
export function publish(event: Event, target: Element): Publish | null {
  if (event.type === 'keydown') return typed(commentKey(event as KeyboardEvent, target));
  if (event.type !== 'click') return null;
  const control = target.closest<HTMLElement>(TikTokSelectors.clickable);
  return control !== null && controlKind(control) === 'commentPost' ? typed(commentPress(control)) : null;
}

function typed(box: CommentBox | null): Publish | null {
  return box && { element: box.button, text: () => blocksText([box.editor]) };
}
