import pilpres2024 from '../../candidate-lists/pilpres-2024.json';
import parties2024 from '../../candidate-lists/parties-2024.json';
import pilkadaDki2024 from '../../candidate-lists/pilkada-dki-2024.json';
import pilkadaJabar2024 from '../../candidate-lists/pilkada-jabar-2024.json';
import pilkadaJatim2024 from '../../candidate-lists/pilkada-jatim-2024.json';
import pilkadaJateng2024 from '../../candidate-lists/pilkada-jateng-2024.json';
import pilkadaSumut2024 from '../../candidate-lists/pilkada-sumut-2024.json';
import { CandidateListSchema, type CandidateList } from './schema';

/** Shipped files, in priority order. Their ids are already normalised (a unit test checks it). */
const SHIPPED: readonly unknown[] = [
  pilpres2024,
  parties2024,
  pilkadaDki2024,
  pilkadaJabar2024,
  pilkadaJatim2024,
  pilkadaJateng2024,
  pilkadaSumut2024,
];

let cache: CandidateList[] | undefined;

/**
 * The lists enabled on install. Validated on first use rather than at module
 * load, so importing this costs nothing on pages that never ask.
 */
export function defaultLists(): CandidateList[] {
  cache ??= SHIPPED.map((file, index) => {
    const parsed = CandidateListSchema.safeParse(file);
    if (parsed.success) return parsed.data;
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`shipped candidate list #${index} is invalid: ${where}`);
  });
  return cache;
}
