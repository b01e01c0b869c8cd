import { isObject } from '../import';
import { normaliseHashtag } from '../normalise-hashtag';

/**
 * Keeps each campaign hashtag once, with its first owner: the list itself,
 * then the entries in order (the importer refuses a hashtag two owners
 * claim). Compared normalised; what does not normalise is left for the
 * importer to name. Changes `document` in place, one report line per removal.
 */
export function dedupeHashtags(document: Record<string, unknown>, report: string[]): void {
  const owner = new Map<string, string>();
  const keep = (holder: unknown, where: string, who: string) => {
    if (!isObject(holder) || !Array.isArray(holder['hashtags'])) return;
    holder['hashtags'] = (holder['hashtags'] as unknown[]).filter((raw, i) => {
      const result = typeof raw === 'string' ? normaliseHashtag(raw) : null;
      if (!result?.ok) return true;
      const first = owner.get(result.tag);
      if (first === undefined) {
        owner.set(result.tag, who);
        return true;
      }
      if (first !== who) report.push(`${where}hashtags[${i}] removed: #${result.tag} is already listed for ${first}`);
      return false;
    });
  };
  keep(document, '', 'the list itself');
  const entries = Array.isArray(document['entries']) ? (document['entries'] as unknown[]) : [];
  entries.forEach((entry, e) => keep(entry, `entries[${e}].`, isObject(entry) ? JSON.stringify(entry['name']) : `entries[${e}]`));
}
