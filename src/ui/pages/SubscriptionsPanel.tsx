import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/send';
import { SubscriptionResponseSchema, SubscriptionsResponseSchema } from '../../messaging/protocol';
import { OkResponseSchema } from '../../messaging/tab-replies';
import { ManagedSubscriptionSchema } from '../../settings/managed-policy';
import { originPattern, subscriptions as storedSubscriptions, type Subscription } from '../../settings/subscriptions';
import type { Language } from '../language';
import { messages } from '../i18n/messages';

/**
 * Signed list subscriptions: the user's own and the institution's. Subscribing
 * asks, in the same click, for access to that one address's origin.
 */
export function SubscriptionsPanel({ lang }: { lang: Language }) {
  const text = messages(lang).subscriptions;
  const [all, setAll] = useState<Subscription[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const refresh = () => void send({ type: 'subscriptions:list' }, SubscriptionsResponseSchema).then((reply) => setAll(reply.subscriptions));
  useEffect(() => {
    refresh();
    return storedSubscriptions.watch(refresh);
  }, []);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const url = String(data.get('subscription-url') ?? '').trim();
    const publicKey = String(data.get('subscription-key') ?? '').trim();
    const parsed = ManagedSubscriptionSchema.safeParse({ url, publicKey });
    if (!parsed.success) {
      setFormError(parsed.error.issues.some((issue) => issue.path[0] === 'url') ? text.badUrl : text.badKey);
      return;
    }
    setFormError(null);
    // Asked before anything is awaited: the browser grants it only inside the click.
    const access = requestAccess(url);
    void (async () => {
      try {
        await send({ type: 'subscriptions:add', url, publicKey }, SubscriptionResponseSchema);
      } catch (error) {
        setFormError(error instanceof Error ? error.message : String(error));
        return;
      }
      form.reset();
      // The first fetch may have run before the permission was granted; one more try then.
      if (await access) await send({ type: 'subscriptions:update', url }, SubscriptionResponseSchema);
    })();
  };

  return (
    <section aria-labelledby="subscriptions-heading">
      <h2 id="subscriptions-heading">{text.heading}</h2>
      <p class="muted">{text.intro}</p>
      {all && all.length === 0 && <p>{text.none}</p>}
      {all && all.length > 0 && (
        <ul>
          {all.map((subscription) => (
            <SubscriptionItem key={subscription.url} subscription={subscription} lang={lang} />
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} data-subscription-form>
        <p>
          <label>
            {text.url}
            <br />
            <input type="url" name="subscription-url" required size={60} placeholder="https://" />
          </label>
        </p>
        <p>
          <label>
            {text.publicKey}
            <br />
            <input type="text" name="subscription-key" required size={60} spellcheck={false} autocomplete="off" />
          </label>
        </p>
        <button type="submit" data-subscription-action="subscribe">
          {text.subscribe}
        </button>
        {formError !== null && (
          <p role="alert" class="error" data-subscription-form-error>
            {formError}
          </p>
        )}
      </form>
    </section>
  );
}

function SubscriptionItem({ subscription, lang }: { subscription: Subscription; lang: Language }) {
  const text = messages(lang).subscriptions;
  const { url, managed, accepted, lastError, lastCheckedAt } = subscription;
  const when = (time: number) => new Date(time).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  const status = lastError ? 'error' : accepted ? 'ok' : 'pending';
  const update = () => void send({ type: 'subscriptions:update', url }, SubscriptionResponseSchema);
  const allow = () => {
    const access = requestAccess(url);
    void access.then((granted) => granted && update());
  };
  return (
    <li data-subscription={url} data-subscription-managed={String(managed)}>
      <strong>{url}</strong> {managed && <span class="muted">({text.managed})</span>}
      <div data-subscription-status={status}>
        {accepted ? (
          <div>
            {text.list(accepted.title, accepted.listId)}: {text.version(accepted.sequence, accepted.updated)}, {text.acceptedAt(when(accepted.at))}
          </div>
        ) : null}
        <div class="muted">{lastCheckedAt === undefined ? text.never : text.lastChecked(when(lastCheckedAt))}</div>
        <div class="muted">{text.nextCheck(when(subscription.nextCheckAt))}</div>
      </div>
      {lastError && (
        <p role="alert" class="error" data-subscription-error={lastError.code}>
          {text.failed} {text.errors[lastError.code]} {accepted ? text.kept : ''}
          {lastError.detail !== undefined && <span class="muted note">{lastError.detail}</span>}
        </p>
      )}
      <p>
        <button type="button" data-subscription-action="update" onClick={update}>
          {text.update}
        </button>{' '}
        {lastError?.code === 'no-permission' && (
          <button type="button" data-subscription-action="allow" onClick={allow}>
            {text.allow}
          </button>
        )}{' '}
        {!managed && (
          <button type="button" data-subscription-action="remove" onClick={() => void send({ type: 'subscriptions:remove', url }, OkResponseSchema)}>
            {text.remove}
          </button>
        )}
      </p>
    </li>
  );
}

/** Asks for this address's origin (a prompt the browser shows); false when refused or not askable. */
function requestAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
}
