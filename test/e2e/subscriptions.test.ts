import { beforeAll, expect, it } from 'vitest';
import { generateKeyPair, signList, type KeyPair } from '../../src/lists/signing/sign';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { publishOnSubscriptionHost, SUBSCRIPTION_HOST } from './harness/subscription-host';
import { expectHeldThenCancel } from './warning-contract';
import { HOME, KOMPAS_LIKE } from './x-replica';

/** A signed list subscription end to end: options page, the background's fetch and checks, and a warning in an X tab. */

/** A post by @kompascom on the X replica's home feed; no shipped list names the account. */
const LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-langganan',
  title: 'E2E: subscribed list',
  updated: '2026-11-01',
  entries: [{ name: 'Kompas (E2E)', accounts: [{ platform: 'x', id: '@KompasCom', source: 'https://example.org/k' }] }],
});

let keys: KeyPair;
beforeAll(async () => {
  keys = await generateKeyPair();
});

const item = (url: string) => `[data-subscription="${url}"]`;

async function subscribe(options: PageHandle, url: string, publicKey: string): Promise<void> {
  await options.waitFor('[data-subscription-form]');
  await options.evaluate(`(() => {
    document.querySelector('[name="subscription-url"]').value = ${JSON.stringify(url)};
    document.querySelector('[name="subscription-key"]').value = ${JSON.stringify(publicKey)};
  })()`);
  // A trusted click: the browser asks for the host permission only inside one.
  await options.click('[data-subscription-action="subscribe"]');
}

describeInEachBrowser('signed list subscriptions', (session) => {
  // One address per browser: each gets a fresh profile, but the host is shared by the run.
  const path = `/${session.name}/langganan.signed.json`;
  const url = `https://${SUBSCRIPTION_HOST}${path}`;

  it('subscribing in the options page puts the signed list in force in an open X tab', async () => {
    publishOnSubscriptionHost(path, JSON.stringify(await signList(LIST, 1, keys.privateKey)));
    const options = await session.openExtensionPage('options.html');
    await subscribe(options, url, keys.publicKey);
    await options.waitFor(`${item(url)} [data-subscription-status="ok"]`, { timeoutMs: 15_000 });
    expect(await options.count(`${item(url)} [data-subscription-error]`)).toBe(0);
    await options.waitFor('[data-list="e2e-langganan"]');

    const page = await session.openPage(HOME);
    await page.click(KOMPAS_LIKE);
    await expectHeldThenCancel(page, 'x:kompascom', 'like');
  });

  it('a tampered update is refused, says why, and the list accepted before stays in force', async () => {
    const update = await signList(LIST.replace('@KompasCom', '@Someone'), 2, keys.privateKey);
    publishOnSubscriptionHost(path, JSON.stringify({ ...update, payload: update.payload.replace('@Someone', '@SomeOne') }));
    const options = await session.openExtensionPage('options.html');
    await options.click(`${item(url)} [data-subscription-action="update"]`);
    await options.waitFor(`${item(url)} [data-subscription-error="bad-signature"]`, { timeoutMs: 15_000 });
    expect(await options.count(`${item(url)} [data-subscription-status="error"]`)).toBe(1);

    const page = await session.openPage(HOME);
    await page.click(KOMPAS_LIKE);
    await expectHeldThenCancel(page, 'x:kompascom', 'like');
  });
});
