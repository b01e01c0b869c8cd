import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './driver';

/**
 * The one host outside the replicas a browser under test may reach: a list
 * publisher for subscription specs. Specs publish signed documents here; the
 * Chromium harness answers from this table by routing, the Firefox harness
 * tunnels to a local HTTPS server that answers from it (the certificate is
 * self-signed, test-only, for this host name alone).
 */
export const SUBSCRIPTION_HOST = 'lists.jaga-netral.test';

const published = new Map<string, string>();

/** Serves `body` at https://lists.jaga-netral.test`path` from now on, in both browsers. */
export function publishOnSubscriptionHost(path: string, body: string): void {
  published.set(path, body);
}

export function isSubscriptionUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' && hostname === SUBSCRIPTION_HOST;
}

export interface SubscriptionAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * `sharedWithEveryOrigin` sends `Access-Control-Allow-Origin: *`, as static
 * hosts (GitHub Pages, raw files) do: the extension then reads the list
 * without a host permission. The Chromium harness needs it, because Chromium's
 * permission prompt cannot be answered in a headless test; Firefox grants the
 * permission without a prompt under its test pref, so its host leaves it out
 * and the fetch there rests on the granted permission.
 */
export function subscriptionAnswer(url: string, { sharedWithEveryOrigin }: { sharedWithEveryOrigin: boolean }): SubscriptionAnswer {
  const body = published.get(new URL(url).pathname);
  const cors: Record<string, string> = sharedWithEveryOrigin ? { 'Access-Control-Allow-Origin': '*' } : {};
  if (body === undefined) return { status: 404, headers: { 'Content-Type': 'text/plain', ...cors }, body: 'not published' };
  return { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', ...cors }, body };
}

/** The HTTPS server the Firefox harness tunnels the subscription host to. */
export async function subscriptionServer(): Promise<Server> {
  const server = createServer(
    {
      key: readFileSync(join(ROOT, 'test/e2e/harness/subscription-host.key.pem')),
      cert: readFileSync(join(ROOT, 'test/e2e/harness/subscription-host.cert.pem')),
    },
    (request, response) => {
      const answer = subscriptionAnswer(`https://${SUBSCRIPTION_HOST}${request.url ?? '/'}`, { sharedWithEveryOrigin: false });
      response.writeHead(answer.status, answer.headers).end(answer.body);
    },
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
