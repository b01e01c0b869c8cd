/** How many problems the CLI prints, and the options page shows, in full; the rest are counted by code. */
export const SHOWN_PROBLEMS = 300;

/** What a tally left out: how many, by problem code. */
export interface Hidden<Code extends string = string> {
  total: number;
  byCode: [code: Code, count: number][];
}

/**
 * Keeps the first `limit` problems in entry order (a list's own fields
 * first) and counts every problem by its code, so a file with a million
 * problems holds at most 2 × `limit` of them at once.
 */
export class ProblemTally<P extends { entry?: number; code: string }> {
  private kept: P[] = [];
  private readonly counts = new Map<P['code'], number>();
  private total = 0;

  constructor(private readonly limit = SHOWN_PROBLEMS) {}

  readonly add = (problem: P): void => {
    this.total++;
    this.counts.set(problem.code, (this.counts.get(problem.code) ?? 0) + 1);
    this.kept.push(problem);
    if (this.kept.length >= 2 * this.limit) this.trim();
  };

  get size(): number {
    return this.total;
  }

  /** The problems kept, in entry order. */
  shown(): P[] {
    this.trim();
    return this.kept;
  }

  /** What `shown` leaves out, most frequent code first; null when nothing is. */
  hidden(): Hidden<P['code']> | null {
    const left = new Map(this.counts);
    for (const problem of this.shown()) left.set(problem.code, (left.get(problem.code) ?? 0) - 1);
    const byCode = [...left].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = this.total - this.kept.length;
    return total > 0 ? { total, byCode } : null;
  }

  private trim(): void {
    // Array.prototype.sort is stable: problems of one entry keep the order they were found in.
    this.kept.sort((a, b) => (a.entry ?? -1) - (b.entry ?? -1));
    if (this.kept.length > this.limit) this.kept.length = this.limit;
  }
}

/** The line printed after the shown problems, e.g. `big.json: 999,700 more problems not shown: 999,700 missing-source`. */
export function formatHidden(file: string, hidden: Hidden): string {
  const counts = hidden.byCode.map(([code, count]) => `${count.toLocaleString('en')} ${code}`).join(', ');
  return `${file}: ${hidden.total.toLocaleString('en')} more problems not shown (${counts})`;
}
