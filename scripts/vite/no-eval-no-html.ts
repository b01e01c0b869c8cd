import type { SourceEdit } from './source-rewrite';

/**
 * Dependency code the extension never runs and must not ship, so that
 * `web-ext lint` (and a store reviewer) has nothing to flag:
 *
 * - zod probes for `new Function` to decide whether to compile object parsers.
 *   Both browsers' extension CSP forbids eval, so the probe always throws here;
 *   it only leaves a Function constructor in the bundle (and, under strict CSPs,
 *   a `securitypolicyviolation` report). The probe answers "no" and the
 *   compiler it guards is replaced by an error.
 * - Preact's `dangerouslySetInnerHTML` is the one path that writes HTML.
 *   Names from lists and pages are text, never HTML, and no component uses it;
 *   removing the write makes that a property of the build: a component that
 *   tried would fail to render instead of injecting markup.
 */
export const NO_EVAL_NO_HTML: readonly SourceEdit[] = [
  {
    file: 'zod/v4/core/util.js',
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
    why: "zod's allowsEval probe, always false under the extension CSP",
  },
  {
    file: 'zod/v4/core/doc.js',
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: 'compile() {\n        throw new Error("Jaga Netral builds zod without eval");\n    }',
    why: "zod's parser compiler, unreachable once allowsEval is false",
  },
  {
    file: 'preact/dist/preact.mjs',
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    replace: '(()=>{throw Error("Jaga Netral renders text only: dangerouslySetInnerHTML is not supported")})()',
    why: "Preact's dangerouslySetInnerHTML write",
  },
];
