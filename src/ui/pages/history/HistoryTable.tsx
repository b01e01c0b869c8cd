import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../../history/entry';
import type { Messages } from '../../i18n/messages';
import { HistoryRow } from './HistoryRow';
import { virtualWindow } from './virtual-window';

/** Must match `.history-list tbody tr` in history.css: the window math assumes it. */
export const ROW_HEIGHT = 36;
/** The same on a phone, where history.css lays each row out as a card of four lines. */
export const NARROW_ROW_HEIGHT = 96;
const NARROW = '(max-width: 640px)';
const rowHeightNow = () => (matchMedia(NARROW).matches ? NARROW_ROW_HEIGHT : ROW_HEIGHT);
const OVERSCAN = 10;
/** Used until the list has been laid out (and in a DOM without layout). */
const FALLBACK_VIEWPORT = ROW_HEIGHT * 20;
/** The id of the heading that names the list (the page renders it above the status lines). */
export const LIST_HEADING = 'history-list';
const COLUMNS = ['time', 'account', 'platform', 'action', 'decision', 'site', 'clause', 'reason'] as const;

export interface HistoryTableProps {
  entries: readonly HistoryEntry[];
  busy: boolean;
  text: Messages['history'];
}

/**
 * The decisions as a table that only renders the rows in view, between two
 * spacer rows, so 100,000 entries cost no more than a screenful. The
 * scrolling box is focusable so the keyboard can scroll it.
 */
export function HistoryTable({ entries, busy, text }: HistoryTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [rowHeight, setRowHeight] = useState(rowHeightNow);
  const time = useMemo(() => new Intl.DateTimeFormat(text.locale, { dateStyle: 'medium', timeStyle: 'short' }), [text.locale]);

  useEffect(() => {
    const measure = () => {
      setViewport(box.current?.clientHeight || FALLBACK_VIEWPORT);
      setRowHeight(rowHeightNow());
    };
    measure();
    addEventListener('resize', measure);
    return () => removeEventListener('resize', measure);
  }, []);

  // A new filter starts at the newest entry, not somewhere in the old scroll position.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [entries]);

  const { start, end, before, after } = virtualWindow({
    count: entries.length,
    rowHeight,
    scrollTop,
    viewportHeight: viewport,
    overscan: OVERSCAN,
  });
  const spacer = (height: number) =>
    height > 0 ? (
      <tr aria-hidden="true" class="spacer">
        <td colSpan={COLUMNS.length} style={{ height: `${height}px` }} />
      </tr>
    ) : null;

  return (
    <div
      ref={box}
      class="history-list"
      tabIndex={0}
      role="region"
      aria-labelledby={LIST_HEADING}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <table aria-busy={busy ? 'true' : 'false'} aria-rowcount={entries.length + 1} aria-labelledby={LIST_HEADING}>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" class={column}>
                {text.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer(before)}
          {entries.slice(start, end).map((entry, i) => (
            <HistoryRow key={entry.id} entry={entry} rowIndex={start + i + 2} text={text} time={time} />
          ))}
          {spacer(after)}
        </tbody>
      </table>
    </div>
  );
}
