import type { Publish } from '../adapter';
import { blocksText } from '../post-text';
import { isDisabled, keyedPostButton } from './composer';
import { controlKind } from './labels';
import { ThreadsSelectors as S } from './selectors';

/**
 * A press of a composer's Post / Posting button: Threads writes new posts,
 * replies and quotes in the same composer dialog, so each answers with the
 * text typed in its editors (a thread being written has one per post).
 */
export function detectPublishClick(target: Element): Publish | null {
  const button = target.closest<HTMLElement>(S.control);
  return button === null || controlKind(button) !== 'post' ? null : publishWith(button);
}

/** Ctrl+Enter (Cmd+Enter on macOS) in a composer's editor; the held key is replayed as a click on its Post button. */
export function detectPublishKey(event: KeyboardEvent, target: Element): Publish | null {
  const keyed = keyedPostButton(event, target);
  return keyed === null ? null : publishWith(keyed.button);
}

function publishWith(button: HTMLElement): Publish | null {
  const composer = button.closest(S.dialog) ?? inlineComposer(button);
  if (composer === null || isDisabled(button) || composer.querySelector(S.editor) === null) return null;
  return { element: button, text: () => blocksText(composer.querySelectorAll(S.editor)) };
}

/** Outside a dialog, the composer is the nearest block around the button that holds an editor. */
function inlineComposer(button: HTMLElement): Element | null {
  for (let scope = button.parentElement; scope !== null; scope = scope.parentElement) {
    if (scope.querySelector(S.editor) !== null) return scope;
  }
  return null;
}
