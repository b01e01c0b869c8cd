import type { Plugin } from 'vite';

/** One edit to one dependency file: the pattern must match exactly once, or the build stops. */
export interface SourceEdit {
  /** Path of the file under node_modules, e.g. `zod/v4/core/util.js`. */
  file: string;
  find: RegExp;
  replace: string;
  /** Why the edit exists; shown when the pattern no longer matches after an upgrade. */
  why: string;
}

/**
 * A Vite plugin that rewrites dependency source before bundling. A pattern
 * that stops matching (the dependency changed) fails the build by name rather
 * than silently shipping the code the edit was there to remove.
 */
export function rewriteDependencySource(name: string, edits: readonly SourceEdit[]): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      const mine = edits.filter((edit) => path.endsWith(`/node_modules/${edit.file}`));
      if (mine.length === 0) return null;
      let out = code;
      for (const edit of mine) {
        const matches = out.match(new RegExp(edit.find.source, `${edit.find.flags.replace('g', '')}g`))?.length ?? 0;
        if (matches !== 1) {
          throw new Error(
            `${name}: expected one match of ${edit.find} in node_modules/${edit.file}, found ${matches}. ` +
              `The dependency changed; re-check this edit (${edit.why}).`,
          );
        }
        out = out.replace(edit.find, edit.replace);
      }
      return { code: out, map: null };
    },
  };
}
