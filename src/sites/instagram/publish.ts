import type { Publish } from '../adapter';
import { commentSubmit } from './comment';

/**
 * What Instagram publishes from a browser is written in a comment form: a
 * comment, or a reply (the same form, its box starting with the replied
 * author's @handle). Its Post / Kirim button, Enter in its box and its
 * submit publish the text as typed; detect answers the same press as a
 * comment on the post's author.
 */
export function publish(event: Event, target: Element): Publish | null {
  const submit = commentSubmit(event, target);
  if (submit === null) return null;
  const { box, element, replay } = submit;
  const text = (): string => box.value;
  return replay ? { element, text, replay } : { element, text };
}
