import { useId } from 'preact/hooks';

export interface ImportProgressProps {
  /** `reading`, `checking` or `saving`: what the page is waiting for, for tests and styles. */
  stage: string;
  /** What is happening, in the page's language: the bar's label. */
  label: string;
  /** Done so far out of `max`; undefined while nobody can say how far (an indeterminate bar). */
  value?: number | undefined;
  max?: number;
}

/**
 * How far an import has got: a native <progress> with its label, so it reads
 * the same to a screen reader as on screen and takes the page's own styles.
 * The label is the live region; the bar's value is not announced each step.
 */
export function ImportProgress({ stage, label, value, max = 1 }: ImportProgressProps) {
  const id = useId();
  return (
    <div data-import-progress={stage}>
      <label for={id} aria-live="polite">
        {label}
      </label>{' '}
      {value === undefined ? <progress id={id} /> : <progress id={id} value={value} max={max} />}
    </div>
  );
}
