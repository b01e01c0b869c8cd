import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiClient, type EvaluateResult } from './bidi-client';
import {
  asJson,
  browserDriver,
  deepQuery,
  firstMatch,
  launching,
  pageHandle,
  parseJson,
  VIEWPORT,
  type BrowserDriver,
  type LaunchOptions,
  type PageHandle,
  snapshotBuild,
} from './driver';
import { isHttpUrl, isReplicaUrl, replicaResponse } from './replicas';
import { recordingProxy, writeProfile } from './firefox-profile';
import { openInNewTab } from './firefox-navigate';
import { portOf, SUBSCRIPTION_HOST, subscriptionServer } from './subscription-host';

/** WebDriver key codes for named keys; single characters are sent as they are. */
const KEYS: Record<string, string> = {
  Escape: '\uE00C',
  Enter: '\uE007',
  Tab: '\uE004',
  Backspace: '\uE003',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Control: '\uE009',
  Shift: '\uE008',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

/** Resolves with the BiDi WebSocket URL Firefox prints on stderr once it is listening. */
function bidiUrl(child: ChildProcess, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`no BiDi endpoint within ${timeoutMs} ms`), timeoutMs);
    function fail(why: string) {
      clearTimeout(timer);
      reject(new Error(`Firefox did not start: ${why}\n${output.slice(-2000)}`));
    }
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + String(chunk)).slice(-4_000);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });
}

/** Waits for Firefox to exit, then kills it if it did not; its content processes follow it. */
async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs)),
  ]);
  if (timedOut && child.pid) {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

interface BeforeRequestSent {
  isBlocked: boolean;
  request: { request: string; url: string };
}

/**
 * Answers every request the page makes from Node, and remembers each request
 * that is still waiting for its answer or whose answer Firefox refused: what
 * a navigation that never completes was waiting for.
 */
function answerRequests(bidi: BidiClient, outside: string[], pages: ReadonlyMap<string, string>): () => string[] {
  const waiting = new Map<string, string>();
  const refused: string[] = [];
  bidi.on<BeforeRequestSent>('network.beforeRequestSent', (event) => {
    if (!event.isBlocked) return;
    const { request, url } = event.request;
    let answer: Promise<unknown>;
    if (isReplicaUrl(url)) {
      const page = pages.get(url);
      const r = page === undefined ? replicaResponse(url) : { status: 200, contentType: 'text/html; charset=utf-8', body: page };
      answer = bidi.send('network.provideResponse', {
        request,
        statusCode: r.status,
        reasonPhrase: r.status === 200 ? 'OK' : 'Not Found',
        headers: [{ name: 'Content-Type', value: { type: 'string', value: r.contentType } }],
        body: { type: 'string', value: r.body },
      });
    } else if (isHttpUrl(url)) {
      outside.push(url);
      answer = bidi.send('network.failRequest', { request });
    } else {
      answer = bidi.send('network.continueRequest', { request });
    }
    waiting.set(request, url);
    // A tab closed mid-request makes the answer fail; nothing is waiting on it then.
    answer.then(
      () => waiting.delete(request),
      (error: Error) => {
        waiting.delete(request);
        refused.push(`${url} (${error.message})`);
      },
    );
  });
  return () => [...[...waiting.values()].map((url) => `${url} (no answer yet)`), ...refused.splice(0)];
}

/**
 * The first match, scrolled into view and at rest, if a pointer at the centre
 * of its visible part would reach it; else why not. BiDi pointer actions land
 * on whatever is on top there, so without this check a covered or still moving
 * button would silently not be clicked (Playwright checks the same in Chromium).
 */
function hitTarget(selector: string): string {
  return `(async () => {
    const el = ${deepQuery(selector)}[0];
    if (!el) return null;
    // The point WebDriver aims an element-origin pointer at, and Playwright too.
    const visible = (r) => {
      const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
      const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
      return right > left && bottom > top ? { x: (left + right) / 2, y: (top + bottom) / 2 } : null;
    };
    let rect = null;
    for (let frame = 0; frame < 30; frame++) {
      if (!visible(el.getBoundingClientRect())) el.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const next = el.getBoundingClientRect();
      const settled = rect && ['x', 'y', 'width', 'height'].every((k) => rect[k] === next[k]);
      rect = next;
      if (settled && visible(rect)) break;
    }
    const point = visible(rect);
    if (!point) return 'it is outside the ' + innerWidth + 'x' + innerHeight + ' viewport';
    const { x, y } = point;
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    if (hit && (hit === el || el.contains(hit))) return el;
    if (!hit) return 'nothing is at (' + x + ', ' + y + ')';
    return hit.outerHTML.slice(0, hit.outerHTML.indexOf('>') + 1) + ' is on top of it';
  })()`;
}

function firefoxPage(bidi: BidiClient, context: string, scratch: string): PageHandle {
  const target = { context };
  async function call(functionDeclaration: string) {
    const result = await bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration,
      target,
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`In-page error: ${result.exceptionDetails.text}`);
    return result.result;
  }
  async function elementId(selector: string, expression = firstMatch(selector), verb = 'use'): Promise<string> {
    const node = await call(`() => ${expression}`);
    if (node.type === 'string') throw new Error(`Cannot ${verb} ${selector}: ${String(node.value)}`);
    if (node.type !== 'node' || !node.sharedId) throw new Error(`No element matches ${selector}`);
    return node.sharedId;
  }
  // Hidden tabs get no animation frames, and a user only clicks in the tab in front.
  const activate = () => bidi.send('browsingContext.activate', { context });
  async function pointer(selector: string, verb: string, actions: object[]) {
    await activate();
    const origin = { type: 'element', element: { sharedId: await elementId(selector, hitTarget(selector), verb) } };
    await bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pointerMove', x: 0, y: 0, origin }, ...actions],
        },
      ],
    });
  }
  return pageHandle({
    url: async () => (await call('() => location.href')).value as string,
    evaluate: async <T>(expression: string) =>
      parseJson<T>((await call(`() => ${asJson(expression)}`)).value as string | undefined),
    clickFirst: (selector) =>
      pointer(selector, 'click', [
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]),
    // Two presses in quick succession at one point: the browser fires click, click, dblclick.
    dblclickFirst: (selector) =>
      pointer(selector, 'double-click', [
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]),
    hoverFirst: (selector) => pointer(selector, 'hover over', []),
    press: async (key) => {
      // 'Control+Enter': modifiers held down around the last key, as Playwright spells chords.
      const values = key.split('+').map((name) => KEYS[name] ?? name);
      if (values.some((value) => [...value].length !== 1)) throw new Error(`Unknown key name: ${key}`);
      await activate();
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              ...values.map((value) => ({ type: 'keyDown', value })),
              ...values.reverse().map((value) => ({ type: 'keyUp', value })),
            ],
          },
        ],
      });
    },
    setFileFirst: async (selector, fileName, contents) => {
      const file = join(await mkdtemp(join(scratch, 'upload-')), fileName);
      await writeFile(file, contents);
      await bidi.send('input.setFiles', { context, element: { sharedId: await elementId(selector) }, files: [file] });
    },
    screenshot: async (path) => {
      const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    reload: async () => {
      await bidi.send('browsingContext.reload', { context, wait: 'complete' });
    },
    close: async () => {
      await bidi.send('browsingContext.close', { context });
    },
  });
}

export interface FirefoxOptions extends LaunchOptions {
  /**
   * A profile and an unpacked build that outlive this browser (the upgrade
   * spec). The build is packed and installed as a permanent add-on, as an AMO
   * user has it: it is still installed at the next launch, so installing the
   * next build there is an update of it, not a fresh temporary install. ESR
   * accepts it unsigned with xpinstall.signatures.required off. The UUID pins
   * the extension's origin across launches. Neither folder is removed on close.
   */
  persistent?: { profile: string; extension: string; uuid: string };
  /** False launches the same browser, prefs and replica answers without the extension: the benchmarks' baseline. */
  extension?: boolean;
  /** HTML answered at these replica-host URLs before the replica routes (the benchmarks' generated feed). */
  pages?: ReadonlyMap<string, string>;
  /** More prefs for the profile (the benchmarks turn off timer coarsening). */
  prefs?: Record<string, string | number | boolean>;
}

/** Packs an unpacked build into an .xpi next to it (a zip with manifest.json at its root). */
async function packXpi(extension: string): Promise<string> {
  const xpi = `${extension}.xpi`;
  await rm(xpi, { force: true });
  await new Promise<void>((resolve, reject) => {
    const zip = spawn('zip', ['-qr', xpi, '.'], { cwd: extension, stdio: 'ignore' });
    zip.on('error', reject);
    zip.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`zip exited with ${code} packing ${extension}`))));
  });
  return xpi;
}

/** Debian's Firefox ESR over WebDriver BiDi with the built MV2 extension; see shared/research/e2e.md. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<BrowserDriver> {
  const scratch = await mkdtemp(join(tmpdir(), 'jaga-netral-firefox-'));
  const outside: string[] = [];
  let proxy: Server | undefined;
  let listHost: Awaited<ReturnType<typeof subscriptionServer>> | undefined;
  let child: ChildProcess | undefined;
  let bidi: BidiClient | undefined;
  const shutdown = async () => {
    await bidi?.send('browser.close', {}, 5_000).catch(() => undefined);
    bidi?.close();
    if (child) await stopProcess(child);
    proxy?.close();
    listHost?.close();
    await rm(scratch, { recursive: true, force: true });
  };
  return launching(shutdown, async () => {
    const persistent = options.persistent;
    const extension = persistent?.extension ?? (await snapshotBuild('firefox-mv2', scratch));
    const uuid = persistent?.uuid ?? randomUUID();
    const profile = persistent?.profile ?? join(scratch, 'profile');
    listHost = await subscriptionServer();
    proxy = await recordingProxy(outside, new Map([[SUBSCRIPTION_HOST, portOf(listHost)]]));
    await writeProfile(profile, extension, proxy, uuid, {
      ...(persistent ? { 'xpinstall.signatures.required': false } : {}),
      // What prefers-color-scheme answers in pages, extension pages included: 0 dark, 1 light.
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
      ...options.prefs,
    });
    const args = ['--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access'];
    child = spawn('firefox-esr', options.headless === false ? args : ['--headless', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // Release builds ignore services.settings.server unless this is set, and keep polling Mozilla.
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
    const client = await BidiClient.connect(`${await bidiUrl(child)}/session`);
    bidi = client;
    await client.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const unanswered = answerRequests(client, outside, options.pages ?? new Map());
    await client.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    await client.send('network.addIntercept', { phases: ['beforeRequestSent'] });
    if (options.extension !== false) {
      await client.send(
        'webExtension.install',
        persistent
          ? { extensionData: { type: 'archivePath', path: await packXpi(extension) }, 'moz:permanent': true }
          : { extensionData: { type: 'path', path: extension } },
      );
    }
    const open = async (url: string) =>
      firefoxPage(client, await openInNewTab(client, url, options.viewport ?? VIEWPORT, unanswered), scratch);
    return browserDriver('firefox', open, `moz-extension://${uuid}`, outside, shutdown);
  });
}
