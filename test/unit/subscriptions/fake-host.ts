import type { SubscriptionDeps } from '../../../src/background/subscriptions/manage';

export const LIST_URL = 'https://lists.example.org/pemda-contoh.signed.json';

/**
 * A list host and a clock for the subscription code: serves whatever the test
 * published at each URL, records every request, and grants host permissions
 * as the test says.
 */
export class FakeHost {
  readonly requests: { url: string; init: RequestInit | undefined }[] = [];
  private readonly bodies = new Map<string, string | number>();
  permission = true;
  now = Date.UTC(2026, 10, 26, 8);

  /** Serves `body`, or answers with this HTTP status. */
  publish(body: string | number, url = LIST_URL): void {
    this.bodies.set(url, body);
  }

  /** Stops answering: every request fails as a refused cross-origin read or a network error does. */
  goOffline(url = LIST_URL): void {
    this.bodies.delete(url);
  }

  readonly deps: SubscriptionDeps = {
    fetch: async (input, init) => {
      const url = String(input);
      this.requests.push({ url, init });
      const body = this.bodies.get(url);
      if (body === undefined) throw new TypeError('Failed to fetch');
      return typeof body === 'number' ? new Response('', { status: body }) : new Response(body, { status: 200 });
    },
    now: () => this.now,
    hasPermission: async () => this.permission,
  };
}
