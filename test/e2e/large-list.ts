/** The six platforms in the order a generated candidate lists them. */
const PLATFORMS = ['x', 'instagram', 'threads', 'tiktok', 'facebook', 'youtube'] as const;

/**
 * A generated candidate list of exactly `accounts` accounts: the `listed` X
 * handles first (accounts the replicas show), then generated candidates with
 * one account on each of the six platforms, the shape of the real lists.
 * Compact JSON: a million accounts come to about 45 MB, within the importer's
 * 64 MB limit (and the 50 MB a Playwright file upload takes).
 */
export function largeList(id: string, accounts: number, listed: readonly string[] = []): string {
  const account = (platform: string, handle: string) =>
    `{"platform":"${platform}","id":"${platform === 'youtube' ? '@' : ''}${handle}"}`;
  const parts = listed.map((handle) => `{"name":"${handle}","accounts":[${account('x', handle)}]}`);
  let left = accounts - listed.length;
  for (let i = 0; left > 0; i++) {
    const handle = `calon${i.toString(36)}`;
    const platforms = PLATFORMS.slice(0, Math.min(left, PLATFORMS.length));
    parts.push(`{"name":"Calon ${i}","accounts":[${platforms.map((p) => account(p, handle)).join(',')}]}`);
    left -= platforms.length;
  }
  return `{"format":"jaga-netral/list@1","id":"${id}","title":"Generated: ${accounts.toLocaleString('en')} accounts","updated":"2024-01-10","entries":[${parts.join(',')}]}`;
}
