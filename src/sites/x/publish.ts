import type { Publish } from '../adapter';
import { composerButton, isEnabled, isSendKey, typedText } from './composer';
import { XSelectors } from './selectors';

/**
 * A press of a composer's Post / Reply button, in any composer: X writes new
 * posts, replies and quotes in the same one (home box, /compose/post dialog,
 * the reply box under a post), so each answers with its typed text.
 */
export function detectPublishClick(target: Element): Publish | null {
  const button = target.closest<HTMLElement>(XSelectors.composerSubmit);
  return button === null ? null : publishWith(button);
}

/** Ctrl/Cmd+Enter in a composer's box; the held key is replayed as a click on its button. */
export function detectPublishKey(event: KeyboardEvent, target: Element): Publish | null {
  const box = isSendKey(event) ? target.closest(XSelectors.composerText) : null;
  const button = box === null ? null : composerButton(box);
  return button === null ? null : publishWith(button);
}

function publishWith(button: HTMLElement): Publish | null {
  if (!isEnabled(button) || typedText(button) === null) return null;
  return { element: button, text: () => typedText(button) ?? '' };
}
