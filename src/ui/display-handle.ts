
/**
 * How people write the account on its own site: `@handle` for handle-based
 * ids; YouTube handles already carry their `@`, and numeric ids, channel ids
 * and `c/name` paths have none.
 */
export function displayHandle(key: string): string {
  const id = key.slice(key.indexOf(':') + 1);
  return /^[a-z0-9._]+$/.test(id) && !/^\d+$/.test(id) ? `@${id}` : id;
}
