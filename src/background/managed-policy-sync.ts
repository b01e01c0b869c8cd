import { flagsFromPolicy } from '../settings/effective-settings';
import { readManagedPolicy, type ManagedPolicyState } from '../settings/managed-policy';
import { policyFlags } from '../settings/policy-flags';

type ManagedArea = Parameters<typeof readManagedPolicy>[0];

/**
 * Reads the institution's policy and writes what it forces where every tab
 * and the history writer follow it. Run at every background start and on each
 * change of the managed area, so a policy removed or fixed by the IT
 * department takes effect without a reinstall.
 */
export async function syncManagedPolicy(area: ManagedArea): Promise<ManagedPolicyState> {
  const state = await readManagedPolicy(area);
  if (state.status === 'invalid') {
    console.error('[Jaga Netral] the managed policy is malformed and was not applied:', state.problems.join('; '));
  }
  await policyFlags.setValue(flagsFromPolicy(state));
  return state;
}
