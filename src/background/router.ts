import { browser } from 'wxt/browser';
import { RequestSchema, type Request } from '../messaging/protocol';
import { appendDecision } from '../history/store';
import type { AccountTables } from './account-tables';
import { importListText } from './import-list';
import { exportList, removeImportedList, setListEnabled, summariseLists } from './manage-lists';

export interface RouterDeps {
  tables: AccountTables;
  historyDb(): Promise<IDBDatabase>;
}

/**
 * Answers one message. Anything that does not parse as a known request gets
 * an error reply naming the problem; nothing else is done with it.
 */
export function createRouter(deps: RouterDeps) {
  return async (message: unknown): Promise<unknown> => {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return { error: `malformed message: ${parsed.error.issues[0]?.message ?? ''}` };
    try {
      return await handle(parsed.data, deps);
    } catch (error) {
      console.error('[Jaga Netral]', parsed.data.type, error);
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
}

async function handle(request: Request, deps: RouterDeps): Promise<unknown> {
  switch (request.type) {
    case 'index:get':
      return { accounts: await deps.tables.forPlatform(request.platform) };
    case 'decision:log':
      await appendDecision(await deps.historyDb(), request.entry);
      return { ok: true };
    case 'lists:import':
      return importListText(request.text);
    case 'lists:summary':
      return { lists: await summariseLists() };
    case 'lists:switch':
      await setListEnabled(request.listId, request.enabled);
      return { ok: true };
    case 'lists:remove':
      await removeImportedList(request.listId);
      return { ok: true };
    case 'lists:export':
      return { text: await exportList(request.listId) };
    case 'rules:open':
      await browser.tabs.create({ url: `${browser.runtime.getURL('/rules.html')}#${encodeURIComponent(request.clauseId)}` });
      return { ok: true };
  }
}
