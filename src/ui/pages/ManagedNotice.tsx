import type { ManagedPolicyState } from '../../settings/managed-policy';
import type { Language } from '../language';
import { messages } from '../i18n/messages';

/** Says whether an institution manages this extension, or why its policy was refused. */
export function ManagedNotice({ state, lang }: { state: ManagedPolicyState; lang: Language }) {
  const text = messages(lang).options;
  if (state.status === 'none') return null;
  if (state.status === 'invalid') {
    return (
      <section data-managed-policy="invalid" role="alert">
        <h2 class="error">{text.managedInvalidHeading}</h2>
        <p>{text.managedInvalidIntro}</p>
        <ul>
          {state.problems.map((problem) => (
            <li key={problem} data-policy-problem>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const subscriptions = state.policy.subscriptions?.length ?? 0;
  return (
    <section data-managed-policy="active">
      <h2>{text.managedHeading}</h2>
      <p>{text.managedIntro}</p>
      {subscriptions > 0 ? <p>{text.managedSubscriptions(subscriptions)}</p> : null}
    </section>
  );
}
