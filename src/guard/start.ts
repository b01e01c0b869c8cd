import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/adapter';
import type { PlainContent } from '../sites/plain-content';
import type { Listed } from '../lists/listed-hashtag';
import type { AccountRef } from '../lists/platform';
import { mentionAccount } from '../lists/mention';
import { isHashtag, warnedAccount, type Held } from './held';
import type { Decision } from '../history/entry';
import type { Language } from '../ui/language';
import type { SiteTheme } from '../ui/site-theme';
import { IndexClient } from '../lists/index-client';
import { send } from '../messaging/send';
import { DetailsResponseSchema, IndexResponseSchema, LogResponseSchema, OkResponseSchema } from '../messaging/tab-replies';
import { decodeFilter } from '../lists/filter-transfer';
import { LISTS_REVISION_KEY } from '../settings/imported-lists';
import { watchLocal } from '../settings/local-value';
import { primaryClause } from '../rules/primary-clause';
import { showWarning, type WarningOutcome } from '../ui/show-warning';
import { resolveLanguage, warningLanguage } from '../ui/language';
import { installGuard } from './guard';
import { retry } from './retry';
import { PassiveMarkers } from '../ui/markers/passive-markers';
import { DEFAULT_PREFERENCES } from '../settings/preferences';
import { followSettings } from '../settings/follow-settings';
import type { EffectiveSettings } from '../settings/effective-settings';
import { jakartaDate } from '../lists/period';
import { verdictInPeriod } from './period-verdict';
import { watchPageReading } from './watch-page-reading';

/**
 * Wires one site's adapter to the lists, the warning and the history. Runs at
 * document_start: the listeners must exist before the page adds its own.
 * `plainContent` tells the tab whether its page shows posts the adapter
 * should have read (see plain-content.ts); `theme` how it shows its theme,
 * which the warning follows.
 */
export function startGuard(ctx: ContentScriptContext, adapter: SiteAdapter, plainContent: PlainContent, theme: SiteTheme): void {
  const index = new IndexClient({
    filter: async () => decodeFilter(await send({ type: 'index:get', platform: adapter.platform }, IndexResponseSchema)),
    // The schema checked each key's platform or `#` prefix, which is all AccountKey and HashtagKey say.
    details: async (keys) => (await send({ type: 'index:details', keys }, DetailsResponseSchema)).accounts as (Listed | null)[],
  });
  const load = () =>
    retry(() => index.refresh(), [250, 1000, 4000]).catch((error: unknown) => {
      console.error('[Jaga Netral] could not load the candidate lists', error);
      index.giveUp();
    });
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());

  let lang: Language = resolveLanguage(DEFAULT_PREFERENCES.language);
  // Until the first read answers, every listed account warns: the safe side.
  let onlyDuringPeriod = false;
  const today = () => jakartaDate(Date.now());
  const verdict = (account: AccountRef) => verdictInPeriod(index.verdict(account), onlyDuringPeriod, today);
  const confirm = async (account: AccountRef) =>
    verdictInPeriod(await index.confirm(account), onlyDuringPeriod, today);
  const hashtag = {
    verdict: (tag: string) => verdictInPeriod(index.hashtagVerdict(tag), onlyDuringPeriod, today),
    confirm: async (tag: string) => verdictInPeriod(await index.confirmHashtag(tag), onlyDuringPeriod, today),
  };
  const markers = new PassiveMarkers({
    adapter,
    verdict,
    confirm,
    lang: () => lang,
    root: document,
    signal: controller.signal,
  });
  // Read once and followed: a change in the options page applies to this
  // tab's markers at once and to its next warning.
  const applyPreferences = (prefs: EffectiveSettings) => {
    const redraw = resolveLanguage(prefs.language) !== lang || prefs.warnOnlyDuringPeriod !== onlyDuringPeriod;
    lang = resolveLanguage(prefs.language);
    onlyDuringPeriod = prefs.warnOnlyDuringPeriod;
    if (!prefs.markers) return markers.stop();
    if (redraw) markers.stop();
    markers.start();
  };
  const settings = followSettings(applyPreferences);
  void load()
    .then(() => settings.current())
    .then(applyPreferences);
  // An import in the options page takes effect in open tabs without a reload.
  ctx.onInvalidated(watchLocal(LISTS_REVISION_KEY, () => void load().then(() => markers.refresh())));
  ctx.onInvalidated(settings.stop);

  const warn = async (held: Held, listed: Listed): Promise<Decision> => {
    const clause = primaryClause(held.intent, isHashtag(listed));
    const { language, strict, hideProceed } = await settings.current();
    const outcome = await showWarning(ctx, {
      anchor: held.element,
      intent: held.intent,
      listed,
      match: held.match,
      account: warnedAccount(held, listed),
      clause,
      lang: warningLanguage(language, document.documentElement.lang),
      strict,
      hideProceed,
      today: today(),
      theme: theme(document),
      onReadRule: (clauseId) => void send({ type: 'rules:open', clauseId }, OkResponseSchema),
    });
    void logDecision(held, listed, clause.id, outcome);
    return outcome.decision;
  };

  const reading = watchPageReading(adapter, plainContent, controller.signal);
  installGuard(window, {
    adapter,
    verdict,
    confirm,
    hashtag,
    mention: (handle) => mentionAccount(adapter.platform, handle),
    warn,
    recognised: reading.controlRecognised,
    signal: controller.signal,
  });
}

/** Sent whatever the logging preference: the background, the one writer, decides (and refuses when logging is off). */
async function logDecision(held: Held, listed: Listed, clause: string, { decision, reason }: WarningOutcome) {
  const entry = {
    id: crypto.randomUUID(),
    at: Date.now(),
    platform: held.platform,
    account: warnedAccount(held, listed),
    entryLabel: listed.name,
    listId: listed.listId,
    intent: held.intent,
    match: held.match,
    clause,
    decision,
    origin: location.origin,
    ...(reason === undefined ? {} : { reason }),
  };
  try {
    await retry(() => send({ type: 'decision:log', entry }, LogResponseSchema), [200, 1000, 3000]);
  } catch (error) {
    console.error('[Jaga Netral] could not write the decision to history', error);
  }
}
