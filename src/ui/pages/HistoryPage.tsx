import { useMemo, useState } from 'preact/hooks';
import { accountChoices } from '../../history/accounts';
import { countDecisions } from '../../history/counts';
import { dayRange } from '../../history/date-range';
import { filterEntries, NO_FILTER } from '../../history/filter';
import { withinRetention, withoutRange } from '../../history/trim';
import { weeklyBuckets } from '../../history/weeks';
import { healthProblems } from '../health-problems';
import { messages } from '../i18n/messages';
import { CountsPanel } from './history/CountsPanel';
import { DeletePanel } from './history/DeletePanel';
import { ExportPanel } from './history/ExportPanel';
import { FilterBar } from './history/FilterBar';
import { HistoryTable, LIST_HEADING } from './history/HistoryTable';
import { RetentionPanel } from './history/RetentionPanel';
import { useHistoryEntries } from './history/use-history-entries';
import { useRetention } from './history/use-retention';
import { CHART_WEEKS, WeeklyChart } from './history/WeeklyChart';
import { useHealth } from './use-health';
import { usePageSettings } from './use-preferences';
import { settingsInForce, useManagedPolicy } from './use-managed-policy';

/**
 * The history review: everything is read once into memory and every filter,
 * count and chart below is a pass over that array, so a filter change never
 * waits for storage. While a large history is read only the newest page is
 * listed; counts, chart and export wait for the whole of it rather than show
 * partial figures.
 */
export function HistoryPage() {
  const settings = usePageSettings();
  const policy = useManagedPolicy();
  const keep = useRetention();
  const [load, edit] = useHistoryEntries();
  const [filter, setFilter] = useState(NO_FILTER);
  const health = useHealth();

  const kept = useMemo(() => (keep === null ? load.entries : withinRetention(load.entries, keep, Date.now())), [load.entries, keep]);
  const accounts = useMemo(() => accountChoices(kept), [kept]);
  const shown = useMemo(() => filterEntries(kept, filter), [kept, filter]);
  const counts = useMemo(() => countDecisions(shown), [shown]);
  const weeks = useMemo(() => weeklyBuckets(shown, CHART_WEEKS), [shown]);
  const range = dayRange(filter.from, filter.to);

  if (!settings || keep === null) return null;
  const text = messages(settings.lang).history;
  const inForce = settingsInForce(settings.prefs, policy);
  const historyProblem = health
    ? healthProblems(health, messages(settings.lang).health).find((problem) => problem.area === 'history')
    : undefined;
  return (
    <>
      <h1>{text.title}</h1>
      <p class="muted">{text.note}</p>
    {inForce.logging ? null : <p class="notice">{text.loggingOff}</p>}
      {historyProblem ? (
        <p class="error" role="alert" data-history-health={historyProblem.state}>
          {historyProblem.text}
        </p>
      ) : null}
      {load.error ? <p class="error">{load.error}</p> : null}
      {load.damaged > 0 ? <p class="error">{text.damaged(load.damaged)}</p> : null}
      <FilterBar filter={filter} accounts={accounts} text={text} onChange={setFilter} />
      {load.done ? <CountsPanel counts={counts} text={text} /> : null}
      {load.done ? <WeeklyChart weeks={weeks} text={text} /> : null}
      <h2 id={LIST_HEADING}>{text.list}</h2>
      {load.done ? null : <p role="status">{text.loading(load.read)}</p>}
      {load.done && kept.length === 0 ? <p>{text.empty}</p> : null}
      {kept.length > 0 && shown.length === 0 ? <p>{text.noMatch}</p> : null}
      <HistoryTable entries={shown} busy={!load.done} text={text} />
      {load.done ? <ExportPanel entries={shown} text={text} /> : null}
      <DeletePanel
        entries={kept}
        range={range && range.from <= range.to ? range : null}
        disabled={!load.done}
        text={text}
        onDeleted={(deleted) => edit((entries) => (deleted ? withoutRange(entries, deleted) : []))}
      />
      <RetentionPanel value={keep} text={text} />
    </>
  );
}
