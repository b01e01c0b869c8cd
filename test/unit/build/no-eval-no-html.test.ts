import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NO_EVAL_NO_HTML } from '../../../scripts/vite/no-eval-no-html';
import { rewriteDependencySource } from '../../../scripts/vite/source-rewrite';

/** The build's edits to zod and Preact: each finds its code in the pinned version, and a miss stops the build. */

const NODE_MODULES = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
const plugin = rewriteDependencySource('no-eval-no-html', NO_EVAL_NO_HTML);
const transform = (code: string, id: string) =>
  (plugin.transform as (code: string, id: string) => { code: string } | null)(code, id);

const dependencyFile = (file: string) => {
  const path = `${NODE_MODULES}${file}`;
  return { path, code: readFileSync(path, 'utf8') };
};

describe('the build without eval and without HTML writes', () => {
  it.each(['zod/v4/core/util.js', 'zod/v4/core/doc.js', 'preact/dist/preact.mjs'])(
    'rewrites %s so no Function constructor or innerHTML write is left',
    (file) => {
      const { path, code } = dependencyFile(file);
      const out = transform(code, path)!.code;
      expect(out).not.toMatch(/new F\(|\.innerHTML=\w+\.__html/);
    },
  );

  it('leaves other files alone', () => {
    expect(transform('const F = Function; new F("");', '/app/node_modules/other/index.js')).toBeNull();
  });

  it('stops the build, naming the file, when an upgraded dependency no longer has the code', () => {
    expect(() => transform('export const allowsEval = () => true;', '/app/node_modules/zod/v4/core/util.js')).toThrow(
      /expected one match .* in node_modules\/zod\/v4\/core\/util\.js, found 0/,
    );
  });
});
