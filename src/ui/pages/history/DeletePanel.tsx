import { useState } from 'preact/hooks';
import { END_OF_TIME, type TimeRange } from '../../../history/date-range';
import type { HistoryEntry } from '../../../history/entry';
import { DeletedResponseSchema } from '../../../messaging/protocol';
import { send } from '../../../messaging/send';
import type { Messages } from '../../i18n/messages';
import { ConfirmDialog } from './ConfirmDialog';

export interface DeletePanelProps {
  /** Everything loaded, whatever the filters: a range deletion ignores them. */
  entries: readonly HistoryEntry[];
  /** The date filter's range, if it has one. */
  range: TimeRange | null;
  /** Deleting while the history is still being read would let later pages bring deleted entries back on screen. */
  disabled: boolean;
  text: Messages['history'];
  /** After the background confirmed; `null` means everything. */
  onDeleted(range: TimeRange | null): void;
}

/** Deletion goes through the background, the history's only writer, after a confirmation. */
export function DeletePanel({ entries, range, disabled, text, onDeleted }: DeletePanelProps) {
  const [asking, setAsking] = useState<'range' | 'all' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const day = new Intl.DateTimeFormat(text.locale, { dateStyle: 'medium' });

  const question = (): string => {
    if (asking === 'all' || !range) return text.confirmAll(entries.length);
    const inRange = entries.filter((entry) => entry.at >= range.from && entry.at <= range.to).length;
    const from = range.from === 0 ? text.start : day.format(range.from);
    const to = range.to === END_OF_TIME ? text.now : day.format(range.to);
    return text.confirmRange(inRange, from, to);
  };

  const confirm = async () => {
    const target = asking === 'range' ? range : null;
    setAsking(null);
    try {
      const request = target ? { type: 'history:delete-range' as const, ...target } : { type: 'history:delete-all' as const };
      const { deleted } = await send(request, DeletedResponseSchema);
      onDeleted(target);
      setStatus(text.deleted(deleted));
    } catch (error) {
      setStatus(String(error));
    }
  };

  return (
    <section aria-labelledby="history-delete">
      <h2 id="history-delete">{text.delete}</h2>
      <button type="button" name="delete-range" disabled={disabled || !range} onClick={() => setAsking('range')}>
        {text.deleteRange}
      </button>{' '}
      <button type="button" name="delete-all" disabled={disabled} onClick={() => setAsking('all')}>
        {text.deleteAll}
      </button>
      {range ? null : <p class="muted">{text.deleteRangeHint}</p>}
      <p role="status">{status}</p>
      {asking ? (
        <ConfirmDialog
          title={text.confirmTitle}
          message={question()}
          cancel={text.cancel}
          confirm={text.confirmDelete}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </section>
  );
}
