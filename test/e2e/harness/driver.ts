import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, so the harness works whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Both browsers get the same viewport, so a spec sees the same layout in each:
 * the commonest laptop screen (1366×768) less the browser's toolbars.
 */
export const VIEWPORT = { width: 1366, height: 682 } as const;

/**
 * Copies a build out of .output into `dir`: a rebuild while a run is going
 * (a watcher, another checkout's `npm run build`) must not change the
 * extension under a browser that reads its files lazily.
 */
export async function snapshotBuild(target: 'chrome-mv3' | 'firefox-mv2', dir: string): Promise<string> {
  const build = join(ROOT, '.output', target);
  if (!existsSync(join(build, 'manifest.json'))) throw new Error(`No build in ${build}: run npm run build`);
  const copy = join(dir, target);
  await cp(build, copy, { recursive: true });
  return copy;
}

export type BrowserName = 'chromium' | 'firefox';
export type ExtensionPage = 'options.html' | 'history.html' | 'popup.html' | 'rules.html' | 'welcome.html';

export interface WaitOptions {
  timeoutMs?: number;
}

export interface LaunchOptions {
  /** Headed needs a display; the demo asks for it when $DISPLAY is set. */
  headless?: boolean;
  /** What `prefers-color-scheme` answers in every page; light unless told. */
  colorScheme?: 'light' | 'dark';
  /** Every tab's viewport; VIEWPORT unless told (the accessibility spec asks for a phone's width). */
  viewport?: { width: number; height: number };
}

/**
 * One tab. Selectors are plain CSS matched in the document and in every open
 * shadow root (each root on its own, like `querySelectorAll` run per root), so
 * `[role="alertdialog"] [data-action="cancel"]` finds the warning's button as
 * long as both sit in the same root. Every action waits for its selector first.
 */
export interface PageHandle {
  url(): Promise<string>;
  /** A trusted click at the centre of the first match's visible part, scrolled into view, failing if covered. */
  click(selector: string, options?: WaitOptions): Promise<void>;
  /** A trusted double-click at the same point as `click` (Instagram likes a post's media on it). */
  dblclick(selector: string, options?: WaitOptions): Promise<void>;
  /** A trusted pointer move onto the first match (hover cards). */
  hover(selector: string, options?: WaitOptions): Promise<void>;
  /** A trusted key press sent to whatever has focus: 'Escape', 'Enter', 'Tab', 'l', 'Control+Enter', … */
  press(key: string): Promise<void>;
  focus(selector: string, options?: WaitOptions): Promise<void>;
  waitFor(selector: string, options?: WaitOptions): Promise<void>;
  waitForNone(selector: string, options?: WaitOptions): Promise<void>;
  /** Polls a main-world expression until it is truthy and returns its value. */
  waitUntil<T>(expression: string, options?: WaitOptions): Promise<T>;
  count(selector: string): Promise<number>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** Evaluates an expression (promises awaited) in the page's main world; JSON result. */
  evaluate<T>(expression: string): Promise<T>;
  setFile(selector: string, fileName: string, contents: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  openPage(url: string): Promise<PageHandle>;
  openExtensionPage(path: ExtensionPage): Promise<PageHandle>;
  /** Every http(s) request that was not answered by a replica route (all were failed). */
  requestsOutsideReplicas(): string[];
  close(): Promise<void>;
}

export type LaunchDriver = (options?: LaunchOptions) => Promise<BrowserDriver>;

/** A driver from a browser's way to open a tab; extension pages are served under `extensionOrigin`. */
export function browserDriver(
  name: BrowserName,
  open: (url: string) => Promise<PageHandle>,
  extensionOrigin: string,
  outside: readonly string[],
  close: () => Promise<void>,
): BrowserDriver {
  return {
    name,
    openPage: open,
    openExtensionPage: (path) => open(`${extensionOrigin}/${path}`),
    requestsOutsideReplicas: () => [...outside],
    close,
  };
}

/** Runs a launch, closing whatever it had started if any step fails. */
export async function launching<T>(shutdown: () => Promise<void>, launch: () => Promise<T>): Promise<T> {
  try {
    return await launch();
  } catch (error) {
    await shutdown();
    throw error;
  }
}

/**
 * Source of an in-page function returning every element matching a CSS
 * selector in the document and all open shadow roots, in document order.
 */
const DEEP_QUERY = `(css) => {
  const found = [];
  const visit = (root) => {
    found.push(...root.querySelectorAll(css));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return found;
}`;

/** An expression evaluating to the matches of `selector` (see DEEP_QUERY). */
export function deepQuery(selector: string): string {
  return `(${DEEP_QUERY})(${JSON.stringify(selector)})`;
}

/** An expression evaluating to the first match, or null. */
export function firstMatch(selector: string): string {
  return `(${deepQuery(selector)}[0] ?? null)`;
}

/** Wraps an expression so that its awaited value crosses the wire as a JSON string. */
export function asJson(expression: string): string {
  return `(async () => JSON.stringify(await (${expression})))()`;
}

export function parseJson<T>(text: string | undefined): T {
  return (text === undefined ? undefined : JSON.parse(text)) as T;
}

/** The parts of a tab that differ between browsers; everything else is built on them. */
export interface PagePrimitives {
  url(): Promise<string>;
  evaluate<T>(expression: string): Promise<T>;
  /** Trusted click on the first match, which is known to exist; `options` bounds the wait for it to be clickable. */
  clickFirst(selector: string, options?: WaitOptions): Promise<void>;
  dblclickFirst(selector: string): Promise<void>;
  hoverFirst(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  setFileFirst(selector: string, fileName: string, contents: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 5_000;
const POLL_MS = 50;

export function pageHandle(p: PagePrimitives): PageHandle {
  async function waitUntil<T>(expression: string, options: WaitOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await p.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${timeoutMs} ms on ${await p.url()} waiting for: ${expression}`);
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  const waitFor = async (selector: string, options?: WaitOptions) => {
    await waitUntil(`${deepQuery(selector)}.length > 0`, options);
  };
  const count = (selector: string) => p.evaluate<number>(`${deepQuery(selector)}.length`);
  return {
    url: () => p.url(),
    evaluate: (expression) => p.evaluate(expression),
    waitUntil,
    waitFor,
    waitForNone: async (selector, options) => {
      await waitUntil(`${deepQuery(selector)}.length === 0`, options);
    },
    count,
    attribute: async (selector, name) =>
      p.evaluate<string | null>(`${deepQuery(selector)}[0]?.getAttribute(${JSON.stringify(name)}) ?? null`),
    click: async (selector, options) => {
      await waitFor(selector, options);
      await p.clickFirst(selector, options);
    },
    dblclick: async (selector, options) => {
      await waitFor(selector, options);
      await p.dblclickFirst(selector);
    },
    hover: async (selector, options) => {
      await waitFor(selector, options);
      await p.hoverFirst(selector);
    },
    focus: async (selector, options) => {
      await waitFor(selector, options);
      await p.evaluate(`${deepQuery(selector)}[0].focus()`);
    },
    press: (key) => p.press(key),
    setFile: async (selector, fileName, contents) => {
      await waitFor(selector);
      await p.setFileFirst(selector, fileName, contents);
    },
    screenshot: (path) => p.screenshot(path),
    reload: () => p.reload(),
    close: () => p.close(),
  };
}
