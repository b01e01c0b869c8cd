import type { AccountRef } from '../lists/platform';
import type { FinalVerdict, Verdict } from './guard';

/** Something an adapter found: one account, and the other ids the page shows for it. */
export interface NamedAccount {
  account: AccountRef;
  alternates?: readonly AccountRef[];
}

/** Every id of the account, the one the page shows first. */
export function idsOf(found: NamedAccount): readonly AccountRef[] {
  return found.alternates?.length ? [found.account, ...found.alternates] : [found.account];
}

/**
 * One account known by several ids (a YouTube channel's @handle and UC… id)
 * is listed when any id is, and the listed entry is the one named. It is
 * unlisted only when every id is; otherwise it is not known yet.
 */
export function verdictOfAny(ids: readonly AccountRef[], verdict: (account: AccountRef) => Verdict): Verdict {
  let undecided = false;
  for (const id of ids) {
    const result = verdict(id);
    if (result.kind === 'listed') return result;
    if (result.kind === 'undecided') undecided = true;
  }
  return undecided ? { kind: 'undecided' } : { kind: 'unlisted' };
}

/** The final answer for all the ids at once (the questions go to the background together). */
export async function confirmAny(
  ids: readonly AccountRef[],
  confirm: (account: AccountRef) => Promise<FinalVerdict>,
): Promise<FinalVerdict> {
  const answers = await Promise.all(ids.map(confirm));
  return answers.find((answer) => answer.kind === 'listed') ?? { kind: 'unlisted' };
}
