import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The unit projects reuse one worker for many spec files (isolate: false in
 * vitest.config.ts), which saves a process spawn per file. Each spec file
 * still starts as it did in a worker of its own, so none passes or fails by
 * the order files run in:
 * - its modules are evaluated afresh: a cache one spec filled (the imported
 *   lists' revision cache in src/background/active-lists.ts) once answered
 *   settings/stored-v1 after it had written other storage;
 * - the fake browser (one instance per worker) has empty storage and no
 *   listeners;
 * - a DOM environment is back at its page address (a worker only takes files
 *   whose environment options are equal, so the first address it saw is
 *   theirs), with an empty document and empty web storage.
 * This file runs before WXT's setup file, so the fake browser that file
 * stubs as the global is the one the spec imports.
 */
vi.resetModules();
fakeBrowser.reset();

const START_URL = Symbol.for('jaga-netral.unit.start-url');
if (typeof document !== 'undefined') {
  const worker = globalThis as { [START_URL]?: string };
  history.replaceState(null, '', (worker[START_URL] ??= location.href));
  const html = document.documentElement;
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  html.replaceChildren(document.createElement('head'), document.createElement('body'));
  localStorage.clear();
  sessionStorage.clear();
}
