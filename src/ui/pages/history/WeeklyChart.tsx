import type { WeekBucket } from '../../../history/weeks';
import type { Messages } from '../../i18n/messages';

export const CHART_WEEKS = 52;

const BAR = 12;
const GAP = 4;
const LEFT = 36;
/** Room for the last date label, which starts under the last bar. */
const RIGHT = 40;
const TOP = 8;
const PLOT_HEIGHT = 120;
const HEIGHT = TOP + PLOT_HEIGHT + 24;
/** A date under every fourth bar keeps the labels from running into each other. */
const LABEL_EVERY = 4;

export interface WeeklyChartProps {
  weeks: readonly WeekBucket[];
  text: Messages['history'];
}

/**
 * Warnings and proceeds per week as plain SVG bars (a library would outweigh
 * the rest of the page), with the same numbers in a table for screen readers
 * and for anyone who wants the figures.
 */
export function WeeklyChart({ weeks, text }: WeeklyChartProps) {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return null;
  const day = new Intl.DateTimeFormat(text.locale, { day: 'numeric', month: 'short' });
  const fullDay = new Intl.DateTimeFormat(text.locale, { dateStyle: 'medium' });
  const most = Math.max(1, ...weeks.map((week) => week.warnings));
  const scale = (n: number) => (n / most) * PLOT_HEIGHT;
  const width = LEFT + weeks.length * (BAR + GAP) + RIGHT;
  const baseline = TOP + PLOT_HEIGHT;
  return (
    <section aria-labelledby="history-chart">
      <h2 id="history-chart">{text.chart}</h2>
      <p class="muted">
        <span class="swatch warnings" aria-hidden="true" /> {text.warnings} <span class="swatch proceeded" aria-hidden="true" />{' '}
        {text.proceeded}
        {weeks.length === CHART_WEEKS ? ` · ${text.chartLimit(CHART_WEEKS)}` : ''}
      </p>
      <svg
        class="history-chart"
        role="img"
        aria-label={text.chartSummary(weeks.length, fullDay.format(first.start), fullDay.format(last.start))}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
      >
        <text x={LEFT - 4} y={TOP + 10} text-anchor="end">
          {most.toLocaleString(text.locale)}
        </text>
        <line x1={LEFT} x2={width - RIGHT} y1={baseline} y2={baseline} class="axis" />
        {weeks.map((week, i) => {
          const x = LEFT + i * (BAR + GAP);
          return (
            <g key={week.start}>
              <rect class="warnings" x={x} y={baseline - scale(week.warnings)} width={BAR} height={scale(week.warnings)} />
              <rect class="proceeded" x={x} y={baseline - scale(week.proceeded)} width={BAR} height={scale(week.proceeded)} />
              {i % LABEL_EVERY === 0 ? (
                <text x={x} y={HEIGHT - 6}>
                  {day.format(week.start)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{text.chartTable}</summary>
        <table class="history-chart-table">
          <thead>
            <tr>
              <th scope="col">{text.weekOf}</th>
              <th scope="col">{text.warnings}</th>
              <th scope="col">{text.proceeded}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.start}>
                <th scope="row">{fullDay.format(week.start)}</th>
                <td>{week.warnings.toLocaleString(text.locale)}</td>
                <td>{week.proceeded.toLocaleString(text.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
