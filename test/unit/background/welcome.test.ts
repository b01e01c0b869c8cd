import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from '../../../src/background/welcome';

// The fake browser starts with one blank tab of its own.
const opened = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
const WELCOME = 'chrome-extension://test-extension-id/welcome.html';

beforeEach(() => fakeBrowser.reset());

describe('the welcome page', () => {
  it('opens on the first install', async () => {
    await welcomeOnInstall('install');
    expect(await opened()).toEqual([WELCOME]);
  });

  it('does not open again when the same profile reports another install (an unpacked build at a new version)', async () => {
    await welcomeOnInstall('install');
    await welcomeOnInstall('install');
    expect(await opened()).toEqual([WELCOME]);
  });

  it('does not open on an update or a browser update', async () => {
    await welcomeOnInstall('update');
    await welcomeOnInstall('browser_update');
    expect(await opened()).toEqual([]);
  });
});
