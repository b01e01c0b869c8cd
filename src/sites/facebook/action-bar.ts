import { FacebookSelectors as S } from './selectors';

/**
 * The action bars of posts and comments, read by their shape so that an
 * interface language without a label table (Basa Jawa, Basa Sunda) is still
 * understood. On the saved pages (2022 feed, 2023 photo viewer) a Like button
 * shares its parent with nothing but the icon-only React button that opens
 * the reaction bar; a post's bar then holds Comment and, on a shareable post,
 * Share last, each an icon with its name.
 */

const hasText = (element: Element): boolean => element.textContent.trim() !== '';
const hasIcon = (element: Element): boolean => element.querySelector(S.icon) !== null;
const isNamedButton = (element: Element): boolean => hasText(element) && hasIcon(element);

/** Like (named) followed by React (an icon alone), the only two children of their parent. */
export function isLikePair(control: Element): boolean {
  const pair = control.parentElement?.children;
  const react = pair?.[1];
  return (
    pair?.length === 2 && pair[0] === control && hasText(control) &&
    react !== undefined && react.matches(S.control) && hasIcon(react) && !hasText(react)
  );
}

/**
 * A Like that likes: unreacted, its label is its visible name ("Like" /
 * "Like"); a reacted one reads "Remove Like", "Change Love reaction"… beside
 * the reaction's name, and pressing it undoes.
 */
export function isUnreactedLike(control: Element): boolean {
  const label = control.getAttribute('aria-label');
  return isLikePair(control) && (label === null || label.trim() === control.textContent.trim());
}

/**
 * Share is the last named button after the Like pair in a bar that names at
 * least two (Comment, Share); a bar of Like and Comment alone has no Share.
 * The bar is the nearest block holding the Like pair, and holds no comment.
 */
export function isBarShare(control: Element): boolean {
  if (!isNamedButton(control) || isLikePair(control)) return false;
  for (let bar = control.parentElement, depth = 0; bar !== null && depth < 4; bar = bar.parentElement, depth++) {
    const controls = [...bar.querySelectorAll(S.control)];
    const like = controls.findIndex(isLikePair);
    if (like < 0) continue;
    if (bar.querySelector(`${S.article}, ${S.commentBox}`) !== null) return false;
    const named = controls.slice(like + 2).filter(isNamedButton);
    return named.length >= 2 && named[named.length - 1] === control;
  }
  return false;
}
