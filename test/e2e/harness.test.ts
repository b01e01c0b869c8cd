import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, PageHandle } from './harness/driver';
import { BROWSERS } from './harness/each-browser';

/**
 * Proves the harness itself, independent of the extension: replica routing,
 * trusted clicks into an open shadow root, key presses, file upload, and the
 * record of requests that leave the replicas.
 */

const OUTSIDE_PROBE = 'https://outside.invalid/probe';

/** Builds, on a replica-served page, a shadow-root button, a key log and a file input. */
const PROBE_PAGE = `(() => {
  window.__probe = { clicks: [], keys: [], file: null };
  const host = document.createElement('div');
  host.id = 'probe-host';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<div role="alertdialog"><button data-action="cancel">Cancel</button></div>';
  root.querySelector('button').addEventListener('click', (e) => window.__probe.clicks.push(e.isTrusted));
  window.addEventListener('keydown', (e) => window.__probe.keys.push([e.key, e.isTrusted]), true);
  const input = document.createElement('input');
  input.type = 'file';
  input.name = 'list-import';
  input.addEventListener('change', async () => { window.__probe.file = [input.files[0].name, await input.files[0].text()]; });
  document.body.append(input);
})()`;

// Its own describe, not describeInEachBrowser: the specs share one probe page
// across tests, and they make requests outside the replicas on purpose.
describe.each(BROWSERS)('harness on %s', (name, launch) => {
  let browser: BrowserDriver;
  let probe: PageHandle;

  beforeAll(async () => {
    browser = await launch();
    probe = await browser.openPage('https://x.com/probe');
    await probe.evaluate(PROBE_PAGE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves the X replica at its real origin', async () => {
    const home = await browser.openPage('https://x.com/home');
    expect(await home.url()).toBe('https://x.com/home');
    expect(await home.count('article[data-testid="tweet"]')).toBeGreaterThan(0);
    await home.close();
    const unknown = await browser.openPage('https://twitter.com/no-such-page');
    expect(await unknown.count('[data-replica-404]')).toBe(1);
    await unknown.close();
  });

  it('clicks into an open shadow root with a trusted click', async () => {
    expect(await probe.count('[role="alertdialog"] [data-action="cancel"]')).toBe(1);
    expect(await probe.attribute('#probe-host', 'id')).toBe('probe-host');
    await probe.click('[data-action="cancel"]');
    expect(await probe.waitUntil<boolean[]>('window.__probe.clicks.length && window.__probe.clicks')).toEqual([true]);
  });

  it('presses keys on the focused element', async () => {
    await probe.focus('[data-action="cancel"]');
    await probe.press('l');
    await probe.press('Escape');
    expect(await probe.waitUntil('window.__probe.keys.length === 2 && window.__probe.keys')).toEqual([
      ['l', true],
      ['Escape', true],
    ]);
  });

  it('uploads a file into a file input', async () => {
    await probe.setFile('input[name="list-import"]', 'list.json', '{"format":"jaga-netral/list@1"}');
    expect(await probe.waitUntil('window.__probe.file')).toEqual(['list.json', '{"format":"jaga-netral/list@1"}']);
  });

  it('records and fails every request outside the replicas', async () => {
    const outcome = await probe.evaluate<string>(
      `fetch(${JSON.stringify(OUTSIDE_PROBE)}).then(() => 'answered', () => 'failed')`,
    );
    expect(outcome).toBe('failed');
    expect(browser.requestsOutsideReplicas()).toEqual([OUTSIDE_PROBE]);
  });

  it('opens extension pages, whose requests are recorded too', async () => {
    const options = await browser.openExtensionPage('options.html');
    expect(await options.evaluate<string>('location.pathname')).toBe('/options.html');
    const fromPage = 'https://outside.invalid/from-extension-page';
    await options.evaluate(`fetch(${JSON.stringify(fromPage)}).catch(() => null)`);
    expect(browser.requestsOutsideReplicas()).toContain(fromPage);
    await options.close();
  });

  // BiDi does not see the background page's requests; the recording proxy must.
  it.runIf(name === 'firefox')('records requests from the background page', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.evaluate(
      "browser.runtime.getBackgroundPage().then((bg) => bg.fetch('https://background.invalid/').catch(() => null))",
    );
    expect(browser.requestsOutsideReplicas()).toContain('https://background.invalid:443');
    await options.close();
  });
});
