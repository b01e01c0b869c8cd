import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';

/** The Firefox profile the harness starts with: quiet prefs, a recording proxy and the pinned extension UUID. */

/**
 * Prefs that keep Firefox's own traffic at home, so that any request the
 * harness sees comes from a page or the extension, and the closed network
 * does not slow start-up down.
 */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google5.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.policy.firstRunURL': '',
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.pocket.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.chromium-update-url': '',
  'media.gmp-manager.url': '',
  'media.gmp-provider.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/**
 * A proxy that refuses everything and records what asked. WebDriver BiDi does
 * not see requests from the extension's background page nor Firefox's own, so
 * the profile sends all traffic here; requests that BiDi answers or fails
 * never reach it. `tunnels` lets HTTPS through to the named hosts only (host
 * → local port): the subscription host of subscription-host.ts.
 */
export async function recordingProxy(outside: string[], tunnels: ReadonlyMap<string, number> = new Map()): Promise<Server> {
  const server = createServer((socket) => {
    socket.once('data', (data) => {
      const [method, target] = String(data).split(' ');
      const port = method === 'CONNECT' ? tunnels.get(String(target).replace(/:443$/, '')) : undefined;
      if (port !== undefined) {
        const upstream = connect(port, '127.0.0.1', () => {
          socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          socket.pipe(upstream).pipe(socket);
        });
        upstream.on('error', () => socket.destroy());
        return;
      }
      outside.push(method === 'CONNECT' ? `https://${target}` : String(target));
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

function proxyPrefs(server: Server): Record<string, string | number | boolean> {
  const { port } = server.address() as AddressInfo;
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/**
 * A profile whose prefs keep Firefox quiet, send stray traffic to the proxy and pin the extension's UUID.
 * An existing profile keeps its data; its user.js is rewritten (the proxy's port changes each launch).
 */
export async function writeProfile(
  profile: string,
  extension: string,
  proxy: Server,
  uuid: string,
  extraPrefs: Record<string, string | number | boolean> = {},
): Promise<void> {
  const manifest = JSON.parse(await readFile(join(extension, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The firefox-mv2 build has no gecko id: it is needed to pin the extension UUID');
  await mkdir(profile, { recursive: true });
  await writeFile(
    join(profile, 'user.js'),
    userJs({
      ...QUIET_PREFS,
      ...proxyPrefs(proxy),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Mozilla's own test pref: permissions.request() grants without a doorhanger a headless run cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      ...extraPrefs,
    }),
  );
}
