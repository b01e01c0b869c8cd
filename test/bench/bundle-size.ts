import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Result } from './measure';

/** The budget per site's content script, gzipped (issue "Performance"). */
export const CONTENT_SCRIPT_BUDGET = 30 * 1024;
export const CHROME_CONTENT_SCRIPTS = '.output/chrome-mv3/content-scripts';
export const FIREFOX_CONTENT_SCRIPTS = '.output/firefox-mv2/content-scripts';

/** Gzipped bytes of each content script in a build's content-scripts folder, by file name. */
export function contentScriptSizes(dir: string): Map<string, number> {
  if (!existsSync(dir)) throw new Error(`no build in ${dir}: run npm run build first`);
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  return new Map(files.map((file) => [file, gzipSync(readFileSync(join(dir, file))).byteLength]));
}

/** Gzipped size of each site's content script in the Chrome build. */
export function bundleSizes(): Result[] {
  return [...contentScriptSizes(CHROME_CONTENT_SCRIPTS)].map(([file, bytes]) => ({
    what: `content script ${file}, gzipped`,
    measured: `${(bytes / 1024).toFixed(1)} KB`,
    target: '≤ 30 KB',
    ok: bytes <= CONTENT_SCRIPT_BUDGET,
  }));
}
