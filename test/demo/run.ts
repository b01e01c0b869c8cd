import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { ROOT } from '../e2e/harness/driver';
import { step, tour } from './tour';

/**
 * `npm run demo`: walks the built extension through the X replicas in
 * Chromium (see tour.ts). Headed, and left open until Ctrl+C, when a display
 * is available; headless otherwise, saving screenshots in test-results/.
 */

const RESULTS = join(ROOT, 'test-results');
const headless = !process.env.DISPLAY;

async function main(): Promise<number> {
  await mkdir(RESULTS, { recursive: true });
  const browser = await launchChromium({ headless }).catch((error: unknown) => {
    console.error(`✗ launch Chromium with .output/chrome-mv3 (run npm run build first): ${String(error)}`);
    return null;
  });
  if (!browser) return 1;
  const shot = (name: string) => {
    const path = join(RESULTS, name);
    return (page: { screenshot(path: string): Promise<void> }) =>
      step(`screenshot ${name}`, () => page.screenshot(path), () => `screenshot saved to ${path}`);
  };
  try {
    await tour(browser, { onWarning: shot('demo-warning.png'), onHistory: shot('demo-history.png') });
    const outside = browser.requestsOutsideReplicas();
    if (outside.length > 0) throw new Error(`✗ requests left the replicas: ${outside.join(', ')}`);
    console.log('✓ no request left the replicas');
    if (!headless) {
      console.log('Browser left open; press Ctrl+C to close it.');
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await browser.close();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
