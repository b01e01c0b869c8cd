import { PLATFORMS } from './platform';
import type { ListEntry } from './schema';

const PLATFORM_SET: ReadonlySet<unknown> = new Set(PLATFORMS);

/** Entry fields that are one text (schema.ts `Text`). */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['name', 'role', 'party', 'election', 'region', 'source']);
/** Fields whose check is left to zod whenever they are present: dates and periods are rare in entries. */
const ZOD_FIELDS: ReadonlySet<string> = new Set(['expires', 'period']);

/**
 * An entry exactly as ListEntrySchema would give it back, or null when only
 * zod can say (a problem, a date, a text with spaces to trim). The usual
 * entry (a name, accounts with a platform and an id) is checked here without
 * allocating, because zod's per-entry cost dominated importing a
 * million-account list. Anything this does not prove valid goes to zod,
 * so the problems named are zod's own.
 */
export function quickEntry(entry: unknown): ListEntry | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const fields = entry as Record<string, unknown>;
  let accounts = false;
  for (const key in fields) {
    const value = fields[key];
    if (TEXT_FIELDS.has(key)) {
      if (!isText(value)) return null;
    } else if (key === 'accounts') {
      if (!quickAccounts(value)) return null;
      accounts = true;
    } else if (key === 'sources') {
      if (!Array.isArray(value) || !value.every(isText)) return null;
    } else if (key === 'hashtags') {
      if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) return null;
    } else if (ZOD_FIELDS.has(key) || value === undefined) {
      return null;
    }
  }
  return accounts && isText(fields['name']) ? (entry as ListEntry) : null;
}

function quickAccounts(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (const account of value as unknown[]) {
    if (typeof account !== 'object' || account === null || Array.isArray(account)) return false;
    const { platform, id, source, verified } = account as Record<string, unknown>;
    if (!PLATFORM_SET.has(platform) || !isText(id) || verified !== undefined) return false;
    if (source !== undefined && !isText(source)) return false;
  }
  return true;
}

/**
 * A non-empty text that trimming leaves as it is. Printable ASCII at both
 * ends proves it without calling trim; anything else is trimmed and compared.
 */
function isText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return true;
  return value.trim() === value && value !== '';
}
