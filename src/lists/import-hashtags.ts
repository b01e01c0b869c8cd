import { isObject, type ImportProblem } from './import';
import { problemDetail } from './import-problem';
import { MAX_HASHTAG } from './hashtag';
import { normaliseHashtag } from './normalise-hashtag';
import { FIELD_LIMITS } from './size-limits';

/** The normalised hashtags of the list itself and of each entry; absent where the file has none. */
export interface ListHashtags {
  list?: string[];
  entries: (string[] | undefined)[];
}

/** Who a hashtag belongs to: the list (-1) or an entry. */
const LIST = -1;

/**
 * Normalises every `hashtags` item straight from the raw document (like the
 * accounts, so every problem is named in one pass) and finds a hashtag that
 * two owners claim: a warning names one campaign for it. Repeats within one
 * owner are merged.
 */
export function normaliseListHashtags(data: Record<string, unknown>, problems: ImportProblem[]): ListHashtags {
  const owner = new Map<string, number>();
  const entries = Array.isArray(data['entries']) ? (data['entries'] as unknown[]) : [];
  const read = (raw: unknown, at: number, path: string): string[] | undefined => {
    if (!Array.isArray(raw)) return undefined;
    const tags: string[] = [];
    raw.forEach((item: unknown, i) => {
      // Not text, or over the field limit: the schema and the length check already name it.
      if (typeof item !== 'string' || item.length > FIELD_LIMITS.other) return;
      const where = () => `${path}hashtags[${i}]`;
      const result = normaliseHashtag(item);
      if (!result.ok) {
        problems.push(located(where(), at, problemDetail(result.code, { max: MAX_HASHTAG })));
        return;
      }
      const first = owner.get(result.tag) ?? at;
      owner.set(result.tag, first);
      if (first !== at) {
        const detail = problemDetail('duplicate-hashtag', { tag: result.tag, ...ownerOf(first, entries) });
        problems.push(located(where(), at, detail));
      } else if (!tags.includes(result.tag)) {
        tags.push(result.tag);
      }
    });
    return tags;
  };
  const list = read(data['hashtags'], LIST, '');
  const perEntry = entries.map((entry, e) => (isObject(entry) ? read(entry['hashtags'], e, `entries[${e}].`) : undefined));
  return list === undefined ? { entries: perEntry } : { list, entries: perEntry };
}

function located(path: string, at: number, detail: ReturnType<typeof problemDetail>): ImportProblem {
  return at === LIST ? { path, ...detail } : { path, entry: at, ...detail };
}

/** The earlier owner: no `entry` when it is the list itself. */
function ownerOf(at: number, entries: readonly unknown[]): { entry?: number; name?: string } {
  if (at === LIST) return {};
  const entry = entries[at];
  const name = isObject(entry) && typeof entry['name'] === 'string' ? entry['name'].slice(0, FIELD_LIMITS.text) : undefined;
  return name === undefined ? { entry: at } : { entry: at, name };
}
