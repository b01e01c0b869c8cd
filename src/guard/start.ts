import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter, DetectedAction } from '../sites/adapter';
import type { ListedAccount } from '../lists/listed-account';
import type { Decision } from '../history/entry';
import { IndexClient } from '../lists/index-client';
import { send } from '../messaging/send';
import { IndexResponseSchema, OkResponseSchema } from '../messaging/protocol';
import { listsRevision } from '../settings/imported-lists';
import { primaryClause } from '../rules/clauses-for-intent';
import { showWarning } from '../ui/show-warning';
import { preferredLanguage } from '../ui/language';
import { installGuard } from './guard';
import { retry } from './retry';
import { PassiveMarkers } from '../ui/markers/passive-markers';
import { parsePreferences, preferences, readPreferences } from '../settings/preferences';

/**
 * Wires one site's adapter to the lists, the warning and the history. Runs at
 * document_start: the listeners must exist before the page adds its own.
 */
export function startGuard(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const index = new IndexClient(async () => {
    const reply = await send({ type: 'index:get', platform: adapter.platform }, IndexResponseSchema);
    return reply.accounts;
  });
  const load = () =>
    retry(() => index.refresh(), [250, 1000, 4000]).catch((error: unknown) => {
      console.error('[Jaga Netral] could not load the candidate lists', error);
      index.giveUp();
    });
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());

  const markers = new PassiveMarkers({
    adapter,
    verdict: (account) => index.verdict(account),
    lang: preferredLanguage(),
    root: document,
    signal: controller.signal,
  });
  const applyPreferences = (value: unknown) => (parsePreferences(value).markers ? markers.start() : markers.stop());
  void load()
    .then(readPreferences)
    .catch(() => undefined)
    .then(applyPreferences);
  // An import in the options page takes effect in open tabs without a reload.
  ctx.onInvalidated(listsRevision.watch(() => void load().then(() => markers.refresh())));
  ctx.onInvalidated(preferences.watch(applyPreferences));

  const warn = async (action: DetectedAction, listed: ListedAccount): Promise<Decision> => {
    const clause = primaryClause(action.intent);
    const decision = await showWarning(ctx, {
      anchor: action.element,
      intent: action.intent,
      listed,
      clause,
      lang: preferredLanguage(),
      onReadRule: (clauseId) => void send({ type: 'rules:open', clauseId }, OkResponseSchema),
    });
    void logDecision(action, listed, clause.id, decision);
    return decision;
  };

  installGuard(window, {
    adapter,
    verdict: (account) => index.verdict(account),
    ready: () => index.ready(),
    warn,
    signal: controller.signal,
  });
}

async function logDecision(action: DetectedAction, listed: ListedAccount, clause: string, decision: Decision) {
  const entry = {
    id: crypto.randomUUID(),
    at: Date.now(),
    platform: action.account.platform,
    account: listed.key,
    entryLabel: listed.name,
    listId: listed.listId,
    intent: action.intent,
    clause,
    decision,
    origin: location.origin,
  };
  try {
    await retry(() => send({ type: 'decision:log', entry }, OkResponseSchema), [200, 1000, 3000]);
  } catch (error) {
    console.error('[Jaga Netral] could not write the decision to history', error);
  }
}
