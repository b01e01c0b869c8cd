import { INTENTS } from '../../../guard/intent';
import type { DecisionCounts } from '../../../history/counts';
import { MATCH_KINDS } from '../../../history/match';
import type { Messages } from '../../i18n/messages';

export interface CountsPanelProps {
  counts: DecisionCounts;
  text: Messages['history'];
}

/** Totals for the current filters; announced politely as they change. */
export function CountsPanel({ counts, text }: CountsPanelProps) {
  const locale = text.locale;
  const items: [key: string, label: string, value: number][] = [
    ['total', text.total, counts.total],
    ['cancelled', text.decisions.cancelled, counts.cancelled],
    ['proceeded', text.decisions.proceeded, counts.proceeded],
    ...INTENTS.map((intent): [string, string, number] => [intent, text.intents[intent], counts.byIntent[intent]]),
    ...MATCH_KINDS.map((kind): [string, string, number] => [`match-${kind}`, text.matches[kind], counts.byMatch[kind]]),
  ];
  return (
    <section aria-labelledby="history-counts" aria-live="polite">
      <h2 id="history-counts">{text.counts}</h2>
      <dl class="history-counts">
        {items.map(([key, label, value]) => (
          <div key={key} data-count={key}>
            <dt>{label}</dt>
            <dd>{value.toLocaleString(locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
