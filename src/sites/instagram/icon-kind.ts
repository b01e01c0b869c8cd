import { InstagramDrawings, InstagramLabels, InstagramSelectors, REPOSTED_MARK } from './selectors';

export type IconKind = 'like' | 'share';

/**
 * What an icon does, from two signals: its drawing, which is the same in every
 * language, and its label, in the languages of the table. Either one is
 * enough, so a page in another language is still read by the drawing, and a
 * redrawn icon by the label. When both speak and disagree, or the label names
 * an undo state (Unlike, a reposted icon), the answer is null.
 */
export function iconKind(icon: Element): IconKind | null {
  const byLabel = labelKind(icon);
  if (byLabel === 'undo') return null;
  const byDrawing = drawingKind(icon);
  if (byLabel !== null && byDrawing !== null && byLabel !== byDrawing) return null;
  return byLabel ?? byDrawing;
}

function labelKind(icon: Element): IconKind | 'undo' | null {
  const label = icon.getAttribute('aria-label') ?? '';
  if (InstagramLabels.like.has(label)) return 'like';
  if (InstagramLabels.share.has(label)) return 'share';
  // Repost shares the post with the user's followers, as sending it does.
  if (InstagramLabels.repost.has(label)) return icon.querySelector(REPOSTED_MARK) === null ? 'share' : 'undo';
  return InstagramLabels.unlike.has(label) ? 'undo' : null;
}

function drawingKind(icon: Element): IconKind | null {
  const drawing = icon.querySelector(InstagramSelectors.drawing)?.getAttribute('d') ?? '';
  if (drawing.startsWith(InstagramDrawings.like)) return 'like';
  return drawing.startsWith(InstagramDrawings.share) ? 'share' : null;
}
