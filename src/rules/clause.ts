import type { Intent } from '../guard/intent';

/** Text shown to the user in both interface languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/**
 * What a warning shows of a clause. Content scripts carry only this part (their
 * size is budgeted); the sources and caveats are on the rules page.
 */
export interface ClauseText {
  /** Stable id, shown as `data-clause` on the warning. */
  id: string;
  /** Document and article as an official would cite it. */
  citation: string;
  /** What the clause forbids, in plain words. */
  summary: Bilingual;
  /** Possible consequence of a breach. */
  consequence: Bilingual;
}

/**
 * One rule the extension can cite. Article numbers and quotes come from
 * shared/research/legal.md with their sources; nothing here is paraphrased
 * into a stronger claim than the source makes.
 */
export interface Clause extends ClauseText {
  /** The intents this clause bears on. */
  intents: readonly Intent[];
  sources: readonly string[];
  /** What is not yet confirmed against the official text, said plainly. */
  caveat?: Bilingual;
}
