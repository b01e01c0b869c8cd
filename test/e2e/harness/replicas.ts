import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './driver';

const FIXTURES = join(ROOT, 'test/fixtures');

/**
 * Each site's replica is described by test/fixtures/<site>/routes.json:
 * the hosts it is served as, and path (with its query, when the query picks
 * the page) → fixture file in that folder.
 */
interface SiteReplica {
  dir: string;
  hosts: string[];
  routes: Record<string, string>;
}

const SITES: readonly SiteReplica[] = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'routes.json')))
  .map((entry) => {
    const table = JSON.parse(readFileSync(join(FIXTURES, entry.name, 'routes.json'), 'utf8')) as Omit<SiteReplica, 'dir'>;
    return { dir: entry.name, ...table };
  });

function siteFor(hostname: string): SiteReplica | undefined {
  return SITES.find((site) => site.hosts.includes(hostname));
}

export interface ReplicaResponse {
  status: number;
  contentType: string;
  body: string;
}

export function isReplicaUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (protocol === 'https:' || protocol === 'http:') && siteFor(hostname) !== undefined;
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

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** The replica answer for a request on a replica host (see isReplicaUrl). */
export function replicaResponse(url: string): ReplicaResponse {
  const { hostname, pathname, search } = new URL(url);
  const site = siteFor(hostname);
  const file = site?.routes[pathname + search] ?? site?.routes[pathname];
  if (!site || !file) return notFound(url, 'No replica route');
  const path = join(FIXTURES, site.dir, file);
  // Fixtures are written alongside the extension; say which one is missing rather than failing later.
  if (!existsSync(path)) return notFound(url, `Replica fixture missing: test/fixtures/${site.dir}/${file}`);
  return {
    status: 200,
    contentType: CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'text/html; charset=utf-8',
    body: readFileSync(path, 'utf8'),
  };
}
