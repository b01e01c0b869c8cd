import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { ExportResponseSchema, type ListSummary } from '../../messaging/protocol';
import { OkResponseSchema } from '../../messaging/tab-replies';
import { isExpired, localToday } from '../../lists/expiry';
import { PLATFORM_LABEL } from '../../lists/normalise/common';
import { PLATFORMS } from '../../lists/platform';
import type { Language } from '../language';
import { messages } from '../i18n/messages';

/**
 * Every list, shipped or imported, with its switch. Shipped lists can be
 * switched off but not removed. Everything from a list is shown as text.
 */
export function ListsTable({ lists, lang, onChange }: { lists: ListSummary[]; lang: Language; onChange: () => void }) {
  const text = messages(lang).lists;
  const today = localToday();
  return (
    <table class="stacked">
      <thead>
        <tr>
          <th>{text.enabled}</th>
          <th>{text.name}</th>
          <th>{text.accounts}</th>
          <th>{text.sources}</th>
          <th>{text.dates}</th>
          <th>{text.actions}</th>
        </tr>
      </thead>
      <tbody>
        {lists.map((list) => (
          <ListRow key={list.id} list={list} lang={lang} expired={isExpired(list.expires, today)} onChange={onChange} />
        ))}
      </tbody>
    </table>
  );
}

function ListRow({ list, lang, expired, onChange }: { list: ListSummary; lang: Language; expired: boolean; onChange: () => void }) {
  const text = messages(lang).lists;
  const act = async (request: Parameters<typeof send>[0]) => {
    await send(request, OkResponseSchema);
    onChange();
  };
  const counts = PLATFORMS.filter((platform) => (list.platforms[platform] ?? 0) > 0);
  return (
    <tr data-list={list.id} data-list-enabled={String(list.enabled)}>
      <td data-label={text.enabled}>
        <input
          type="checkbox"
          name="list-enabled"
          aria-label={`${text.enabled}: ${list.title}`}
          checked={list.enabled}
          disabled={list.managed}
          title={list.managed ? text.managedOn : undefined}
          onChange={(event) => void act({ type: 'lists:switch', listId: list.id, enabled: event.currentTarget.checked })}
        />
      </td>
      <td data-label={text.name}>
        {list.title} <span class="muted">({text.origin[list.origin]})</span>
        {list.managed ? (
          <div class="muted" data-managed="list">
            {text.managedOn}
          </div>
        ) : null}
      </td>
      <td data-label={text.accounts}>
        {text.accountsInAll(list.accounts)}
        {counts.map((platform) => (
          <div key={platform} class="muted" data-platform-count={platform}>
            {PLATFORM_LABEL[platform]}: {list.platforms[platform]}
          </div>
        ))}
        {list.hashtags > 0 ? (
          <div class="muted" data-hashtag-count={list.hashtags}>
            {text.hashtags(list.hashtags)}
          </div>
        ) : null}
      </td>
      <td data-label={text.sources}>
        {list.sources.map((source, i) => (
          <div key={i}>{source}</div>
        ))}
      </td>
      <td data-label={text.dates}>
        <div>
          {text.updated}: {list.updated}
        </div>
        {list.expires !== undefined && (
          <div>
            {text.expires}: {list.expires}{' '}
            {expired && (
              <strong class="error" data-list-status="expired">
                {text.expired}
              </strong>
            )}
          </div>
        )}
      </td>
      <td data-label={text.actions}>
        <ExportButton listId={list.id} lang={lang} />
        {list.origin === 'imported' && (
          <button type="button" data-list-action="remove" onClick={() => void act({ type: 'lists:remove', listId: list.id })}>
            {text.remove}
          </button>
        )}
      </td>
    </tr>
  );
}

/** Fetches the stored list, then offers it as a file link: a download the user starts. */
function ExportButton({ listId, lang }: { listId: string; lang: Language }) {
  const text = messages(lang).lists;
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  if (url) {
    return (
      <a href={url} download={`${listId}.json`} data-export-list={listId}>
        {text.save(listId)}
      </a>
    );
  }
  const prepare = async () => {
    const { text: json } = await send({ type: 'lists:export', listId }, ExportResponseSchema);
    setUrl(URL.createObjectURL(new Blob([json], { type: 'application/json' })));
  };
  return (
    <button type="button" data-list-action="export" onClick={() => void prepare()}>
      {text.export}
    </button>
  );
}
