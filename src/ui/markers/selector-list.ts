/**
 * The selectors of a selector list, split at its top-level commas (not those
 * inside `:is(…)`, `[attr="a,b"]` or quotes). Chromium answers one
 * `querySelectorAll` per simple selector faster than one call with the list:
 * on an X post the list took about three times as long as its parts in turn
 * (measured in the per-post benchmark).
 */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((part) => part !== '');
}
