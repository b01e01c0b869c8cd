import type { Intent } from '../guard/intent';
import type { Clause } from './clause';
import { CLAUSES } from './catalogue';
import { primaryClause } from './primary-clause';

export { primaryClause };

/** Every clause bearing on the intent, primary first. */
export function clausesFor(intent: Intent): Clause[] {
  const primaryId = primaryClause(intent).id;
  const primary = CLAUSES.filter((c) => c.id === primaryId);
  return [...primary, ...CLAUSES.filter((c) => c.id !== primaryId && c.intents.includes(intent))];
}

export function clauseById(id: string): Clause | undefined {
  return CLAUSES.find((c) => c.id === id);
}
