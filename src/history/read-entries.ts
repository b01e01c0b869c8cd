import { HistoryEntrySchema, type HistoryEntry } from './entry';
import { countUnindexed, readPage, type PagePosition } from './store';

/** What a read has produced so far. */
export interface ReadState {
  /** Newest first: the first page while reading, everything once done. */
  entries: readonly HistoryEntry[];
  /** Valid entries read so far. */
  read: number;
  /** Records that did not fit the schema (an older build, a damaged disk): left out, but counted. */
  damaged: number;
  done: boolean;
}

export const FIRST_PAGE = 200;
export const PAGE = 5000;

/**
 * Reads the whole history newest first. Records are validated here, at the
 * edge of storage, so everything past this point can trust its entries. The
 * small first page is reported as soon as it is in, so the newest decisions
 * show while a large history is still being read; later progress reports
 * only carry counts, so the page does not redo its work on every page.
 */
export async function readEntries(db: IDBDatabase, onProgress: (state: ReadState) => void): Promise<ReadState> {
  const entries: HistoryEntry[] = [];
  let damaged = 0;
  let position: PagePosition | null = null;
  let size = FIRST_PAGE;
  let newest: readonly HistoryEntry[] | null = null;
  for (;;) {
    const page = await readPage(db, position, size);
    for (const record of page.records) {
      const parsed = HistoryEntrySchema.safeParse(record);
      if (parsed.success) entries.push(parsed.data);
      else damaged++;
    }
    position = page.next;
    if (!position) break;
    newest ??= entries.slice();
    onProgress({ entries: newest, read: entries.length, damaged, done: false });
    size = PAGE;
  }
  // Counting is slow on large stores in Chromium, so it waits until the entries are in.
  damaged += await countUnindexed(db);
  return { entries, read: entries.length, damaged, done: true };
}
