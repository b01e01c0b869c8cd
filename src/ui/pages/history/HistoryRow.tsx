import type { HistoryEntry } from '../../../history/entry';
import { matchOf } from '../../../history/match';
import { PLATFORM_LABEL } from '../../../lists/normalise/common';
import { CLAUSES } from '../../../rules/catalogue';
import { displayHandle } from '../../display-handle';
import type { Messages } from '../../i18n/messages';

const CITATION = new Map(CLAUSES.map((clause) => [clause.id, clause.citation]));

export interface HistoryRowProps {
  entry: HistoryEntry;
  /** 1-based among all rows of the table, header included (aria-rowindex). */
  rowIndex: number;
  text: Messages['history'];
  time: Intl.DateTimeFormat;
}

/**
 * One decision. Cells are one line each (the list relies on a fixed row
 * height), so each carries its full text as a tooltip too.
 */
export function HistoryRow({ entry, rowIndex, text, time }: HistoryRowProps) {
  const who = `${entry.entryLabel} ${displayHandle(entry.account)}`;
  const clause = CITATION.get(entry.clause) ?? entry.clause;
  const reason = entry.reason ?? '';
  // A hashtag that decided the warning is named beside the action: the account is then only its post's author.
  const tag = entry.match?.startsWith('hashtag:') ? entry.match.slice('hashtag:'.length) : null;
  return (
    <tr
      aria-rowindex={rowIndex}
      data-history-entry={entry.id}
      data-account={entry.account}
      data-intent={entry.intent}
      data-match={matchOf(entry)}
      data-decision={entry.decision}
    >
      <td>{time.format(entry.at)}</td>
      <td title={who}>
        {entry.entryLabel} <span class="muted">{displayHandle(entry.account)}</span>
      </td>
      <td>{PLATFORM_LABEL[entry.platform]}</td>
      <td title={matchOf(entry)}>
        {text.intents[entry.intent]}
        {tag ? <span class="muted"> {tag}</span> : null}
      </td>
      <td class={entry.decision}>{text.decisions[entry.decision]}</td>
      <td title={entry.origin}>{entry.origin.replace(/^https:\/\//, '')}</td>
      <td title={clause}>
        <a href={`rules.html#${encodeURIComponent(entry.clause)}`}>{clause}</a>
      </td>
      <td title={reason}>{reason}</td>
    </tr>
  );
}
