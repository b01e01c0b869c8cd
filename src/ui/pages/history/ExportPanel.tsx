import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../../history/entry';
import { historyCsv } from '../../../history/export-csv';
import { historyJson } from '../../../history/export-json';
import { exportFileName } from '../../../history/export-name';
import type { Messages } from '../../i18n/messages';

type Format = 'csv' | 'json';

interface Prepared {
  /** The list the file was written from: a link to an older filter's file is not shown. */
  from: readonly HistoryEntry[];
  format: Format;
  name: string;
  url: string;
}

const TYPE: Record<Format, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

export interface ExportPanelProps {
  entries: readonly HistoryEntry[];
  text: Messages['history'];
}

/**
 * Builds the file only when asked: writing 100,000 rows on every filter
 * change would cost more than the filter itself. The prepared link shows only
 * while the filters it was made for are still the current ones.
 */
export function ExportPanel({ entries, text }: ExportPanelProps) {
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  useEffect(() => () => {
    if (prepared) URL.revokeObjectURL(prepared.url);
  }, [prepared]);
  const current = prepared?.from === entries ? prepared : null;

  const prepare = (format: Format) => {
    const now = Date.now();
    const body = format === 'csv' ? historyCsv(entries) : historyJson(entries, now);
    const url = URL.createObjectURL(new Blob([body], { type: TYPE[format] }));
    setPrepared({ from: entries, format, name: exportFileName(now, format), url });
  };

  return (
    <section aria-labelledby="history-export">
      <h2 id="history-export">{text.export}</h2>
      <p class="muted">{text.exportNote(entries.length)}</p>
      <button type="button" name="export-csv" onClick={() => prepare('csv')}>
        {text.exportCsv}
      </button>{' '}
      <button type="button" name="export-json" onClick={() => prepare('json')}>
        {text.exportJson}
      </button>
      <p role="status">
        {current ? (
          <a href={current.url} download={current.name} data-export={current.format}>
            {text.download(current.name)}
          </a>
        ) : null}
      </p>
    </section>
  );
}
