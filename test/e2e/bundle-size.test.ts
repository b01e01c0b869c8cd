import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_CONTENT_SCRIPTS, CONTENT_SCRIPT_BUDGET, FIREFOX_CONTENT_SCRIPTS, contentScriptSizes } from '../bench/bundle-size';

const SITES = ['facebook', 'instagram', 'threads', 'tiktok', 'x', 'youtube'];

/**
 * A structural fact of the build, not a timing: every site's content script
 * stays within its gzipped budget. Here rather than in the unit project
 * because it reads the build `npm run test:e2e` makes first.
 */
describe('content script size', () => {
  for (const dir of [CHROME_CONTENT_SCRIPTS, FIREFOX_CONTENT_SCRIPTS]) {
    it.runIf(existsSync(dir) || dir === CHROME_CONTENT_SCRIPTS)(`is at most 30 KB gzipped per site in ${dir}`, () => {
      const sizes = contentScriptSizes(dir);
      expect([...sizes.keys()].sort()).toEqual(SITES.map((site) => `${site}.js`));
      for (const [file, bytes] of sizes) expect(bytes, `${file}, gzipped bytes`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    });
  }
});
