import type { DetectedAction } from '../../adapter';
import { targetElement } from '../../event-target';
import { MobileFacebookSelectors } from './selectors';
import { storyAuthor, storyOfPage } from './story';

/**
 * Submitting a comment form (its button, or Enter in a one-line box): a
 * comment on the story it sits under, the page's story on a permalink page.
 * An empty box posts nothing. The warning sits by the form's button, and a
 * proceeded comment is replayed by clicking it, which submits the form again.
 */
export function detectCommentSubmit(event: Event): DetectedAction | null {
  const target = targetElement(event);
  if (target === null || !target.matches(MobileFacebookSelectors.commentForm)) return null;
  const form = target as HTMLFormElement;
  const text = form.querySelector<HTMLTextAreaElement | HTMLInputElement>(MobileFacebookSelectors.commentText);
  if (text === null || text.value.trim() === '') return null;
  const story = storyOfPage(form);
  const author = story === null ? null : storyAuthor(story);
  if (author === null) return null;
  const button = submitterOf(event) ?? form.querySelector<HTMLElement>(MobileFacebookSelectors.submit);
  return button === null
    ? { intent: 'comment', account: author.account, element: form, replay: () => form.requestSubmit() }
    : { intent: 'comment', account: author.account, element: button };
}

function submitterOf(event: Event): HTMLElement | null {
  return (event as SubmitEvent).submitter ?? null;
}
