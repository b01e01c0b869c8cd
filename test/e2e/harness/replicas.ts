import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './driver';

const FIXTURES = join(ROOT, 'test/fixtures/x');

/** Hosts whose requests are answered from the replicas; X is served under both names. */
const REPLICA_HOSTS = new Set(['x.com', 'twitter.com']);

/**
 * Path (with its query, when the query picks the page) → fixture file.
 * The Indonesian home feed sits behind X's own `lang` switch.
 */
export const X_ROUTES: Readonly<Record<string, string>> = {
  '/home': 'home-en.html',
  '/home?lang=id': 'home-id.html',
  '/aniesbaswedan': 'profile-aniesbaswedan.html',
  '/prabowo': 'profile-prabowo-followed.html',
  '/kompascom': 'profile-kompascom.html',
  '/replica.js': 'replica.js',
};

export interface ReplicaResponse {
  status: number;
  contentType: string;
  body: string;
}

export function isReplicaUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (protocol === 'https:' || protocol === 'http:') && REPLICA_HOSTS.has(hostname);
}

export function isHttpUrl(url: string): boolean {
  return /^https?:/i.test(url);
}

function notFound(url: string, why: string): ReplicaResponse {
  return {
    status: 404,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Replica: not found</title></head>
<body><h1 data-replica-404>${why}</h1><p>${url.replace(/[<>&"]/g, '')}</p></body></html>`,
  };
}

/** The replica answer for a request on a replica host (see isReplicaUrl). */
export function replicaResponse(url: string): ReplicaResponse {
  const { pathname, search } = new URL(url);
  const file = X_ROUTES[pathname + search] ?? X_ROUTES[pathname];
  if (!file) return notFound(url, 'No replica route');
  const path = join(FIXTURES, file);
  // Fixtures are written alongside the extension; say which one is missing rather than failing later.
  if (!existsSync(path)) return notFound(url, `Replica fixture missing: test/fixtures/x/${file}`);
  return {
    status: 200,
    contentType: file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    body: readFileSync(path, 'utf8'),
  };
}
