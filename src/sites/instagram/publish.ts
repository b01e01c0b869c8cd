import type { Publish } from '../adapter';
import { commentFormSubmit, commentKey, commentPress, type CommentSubmit } from './comment';
import { InstagramSelectors } from './selectors';

/**
 * What Instagram publishes from a browser is written in a comment form: a
 * comment, or a reply (the same form, its box starting with the replied
 * author's @handle). Its Post / Kirim button, Enter in its box and its
 * submit publish the text as typed; detect answers the same press as a
 * comment on the post's author.
 */
export function publish(event: Event, target: Element): Publish | null {
  switch (event.type) {
    case 'click': {
      const button = target.closest<HTMLElement>(InstagramSelectors.clickable);
      return button === null ? null : typed(commentPress(button));
    }
    case 'keydown':
      return typed(commentKey(event as KeyboardEvent, target));
    case 'submit':
      return typed(commentFormSubmit(target));
    default:
      return null;
  }
}

function typed(submit: CommentSubmit | null): Publish | null {
  if (submit === null) return null;
  const { box, element, replay } = submit;
  const text = (): string => box.value;
  return replay === undefined ? { element, text } : { element, text, replay };
}
