import { controlKind } from './labels';
import { ThreadsSelectors } from './selectors';

/** A Post button with nothing typed yet is marked disabled and posts nothing. */
export const isDisabled = (button: Element): boolean => button.getAttribute('aria-disabled') === 'true';

/**
 * The Post button that Ctrl+Enter (Cmd+Enter on macOS) in a composer's
 * editor presses, with the dialog it is in; null for any other key or place.
 */
export function keyedPostButton(event: KeyboardEvent, target: Element): { dialog: Element; button: HTMLElement } | null {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return null;
  const dialog = target.closest(ThreadsSelectors.editor)?.closest(ThreadsSelectors.dialog);
  if (!dialog) return null;
  for (const button of dialog.querySelectorAll<HTMLElement>(ThreadsSelectors.control)) {
    if (controlKind(button) === 'post') return { dialog, button };
  }
  return null;
}
