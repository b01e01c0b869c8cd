import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Result } from './measure';

const CONTENT_SCRIPTS = '.output/chrome-mv3/content-scripts';

/** Gzipped size of each site's content script in the Chrome build. */
export function bundleSizes(): Result[] {
  if (!existsSync(CONTENT_SCRIPTS)) throw new Error(`no build in ${CONTENT_SCRIPTS}: run npm run build first`);
  return readdirSync(CONTENT_SCRIPTS)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = gzipSync(readFileSync(join(CONTENT_SCRIPTS, file))).byteLength;
      return {
        what: `content script ${file}, gzipped`,
        measured: `${(bytes / 1024).toFixed(1)} KB`,
        target: '≤ 30 KB',
        ok: bytes <= 30 * 1024,
      };
    });
}
