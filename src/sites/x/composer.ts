import { blocksText } from '../post-text';
import { XSelectors } from './selectors';

/** Ctrl+Enter (Cmd+Enter on a Mac) sends a composer, as its button does; plain Enter is a new line. */
export function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.isComposing;
}

/** A Post/Reply button that sends: X disables it while there is nothing to send. */
export function isEnabled(button: HTMLElement): boolean {
  return !button.matches(':disabled, [aria-disabled="true"]');
}

/**
 * The button of the composer holding this text box. X gives the composer no
 * stable hook of its own, so the nearest ancestor holding a submit button is
 * taken; the search stays inside the dialog or column so it never reaches
 * another composer on the page.
 */
export function composerButton(text: Element): HTMLElement | null {
  return nearestHolding(text, XSelectors.composerSubmit)?.querySelector<HTMLElement>(XSelectors.composerSubmit) ?? null;
}

/**
 * The text as typed in the composer this button sends, or null where the
 * button has no box. A dialog holds one composer, whose every box (a thread
 * being written has one per post) it sends; inline, the box is found as
 * composerButton finds the button, from the other side.
 */
export function typedText(button: HTMLElement): string | null {
  const scope = button.closest(XSelectors.dialog) ?? nearestHolding(button, XSelectors.composerBox);
  const boxes = scope?.querySelectorAll(XSelectors.composerBox);
  return boxes === undefined || boxes.length === 0 ? null : blocksText(boxes);
}

function nearestHolding(from: Element, selector: string): Element | null {
  const limit = from.closest(`${XSelectors.dialog}, ${XSelectors.primaryColumn}`);
  if (limit === null) return null;
  for (let scope = from.parentElement; scope !== null; scope = scope.parentElement) {
    if (scope.querySelector(selector) !== null) return scope;
    if (scope === limit) return null;
  }
  return null;
}
