import { parseListFile } from '../../lists/import';
import { sizeProblem } from '../../lists/size-limits';
import { bytesToBase64 } from '../../lists/base64';
import { verifySignedList } from '../../lists/signing/verify';
import type { CandidateList } from '../../lists/schema';
import {
  originPattern,
  type AcceptedVersion,
  type Subscription,
  type SubscriptionErrorCode,
} from '../../settings/subscriptions';
import { storeImportedList } from '../import-list';
import { fetchSignedDocument } from './fetch-document';
import { nextCheckAt } from './schedule';

export interface CheckDeps {
  fetch: typeof fetch;
  now(): number;
  /** Whether the extension holds a host permission (an origin pattern). */
  hasPermission(pattern: string): Promise<boolean>;
  timeoutMs?: number;
}

type Outcome = { ok: true; accepted: AcceptedVersion | undefined } | { ok: false; code: SubscriptionErrorCode; detail?: string };

/** How many schema problems a status shows; the rest are counted. */
const SHOWN_PROBLEMS = 3;

/**
 * Fetches one subscription, and swaps its list in only when every check
 * passes: signature, version (no replays), schema, list identity. Whatever
 * fails, the list in force stays as it was and the returned record says why.
 * `others` are the remaining subscriptions, whose lists this one may not take.
 */
export async function checkSubscription(subscription: Subscription, others: readonly Subscription[], deps: CheckDeps): Promise<Subscription> {
  const outcome = await fetchAndAccept(subscription, others, deps);
  const now = deps.now();
  const { lastError: _previous, ...rest } = subscription;
  if (outcome.ok) {
    const accepted = outcome.accepted ?? subscription.accepted;
    return { ...rest, ...(accepted ? { accepted } : {}), lastCheckedAt: now, failures: 0, nextCheckAt: nextCheckAt(now, 0) };
  }
  const failures = subscription.failures + 1;
  const lastError = { code: outcome.code, at: now, ...(outcome.detail === undefined ? {} : { detail: outcome.detail }) };
  return { ...rest, lastCheckedAt: now, lastError, failures, nextCheckAt: nextCheckAt(now, failures) };
}

async function fetchAndAccept(subscription: Subscription, others: readonly Subscription[], deps: CheckDeps): Promise<Outcome> {
  const fetched = await fetchSignedDocument(subscription.url, { fetch: deps.fetch, ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}) });
  if (!fetched.ok) {
    // A refused cross-origin read looks like any network failure; the missing permission is the likelier cause to name.
    if (fetched.code === 'network' && !(await deps.hasPermission(originPattern(subscription.url)))) {
      return { ok: false, code: 'no-permission', ...(fetched.detail === undefined ? {} : { detail: fetched.detail }) };
    }
    return fetched;
  }
  const verified = await verifySignedList(fetched.text, subscription.publicKey);
  if (!verified.ok) return verified.reason === 'bad-signature' ? { ok: false, code: 'bad-signature' } : { ok: false, code: verified.reason, detail: verified.detail };
  const { sequence, payload } = verified;
  const digest = await sha256(payload);
  const last = subscription.accepted;
  if (last && sequence < last.sequence) {
    return { ok: false, code: 'replayed', detail: `version ${sequence} is older than the accepted version ${last.sequence}` };
  }
  if (last && sequence === last.sequence) {
    return digest === last.digest
      ? { ok: true, accepted: undefined }
      : { ok: false, code: 'conflicting-version', detail: `version ${sequence} was accepted before with different contents` };
  }
  const tooBig = sizeProblem(payload);
  if (tooBig !== null) return { ok: false, code: 'too-large', detail: tooBig.message };
  const parsed = parseListFile(payload);
  if (!parsed.ok) return { ok: false, code: 'invalid-list', detail: describeProblems(parsed.problems) };
  const refused = identityProblem(parsed.list, last, others);
  if (refused) return refused;
  // The first list of a subscription is switched on; later updates keep the user's switch.
  await storeImportedList(parsed.list, { switchOn: last === undefined });
  const { id: listId, title, updated } = parsed.list;
  return { ok: true, accepted: { listId, title, sequence, updated, digest, at: deps.now() } };
}

function identityProblem(list: CandidateList, last: AcceptedVersion | undefined, others: readonly Subscription[]): Outcome | null {
  if (last && list.updated < last.updated) {
    return { ok: false, code: 'older-list', detail: `updated ${list.updated}, before the accepted list's ${last.updated}` };
  }
  if (last && list.id !== last.listId) {
    return { ok: false, code: 'list-id-changed', detail: `"${list.id}" instead of "${last.listId}"` };
  }
  const owner = others.find((other) => other.accepted?.listId === list.id);
  if (owner) return { ok: false, code: 'list-id-taken', detail: `"${list.id}" comes from ${owner.url}` };
  return null;
}

function describeProblems(problems: readonly { path: string; message: string }[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

async function sha256(text: string): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}
