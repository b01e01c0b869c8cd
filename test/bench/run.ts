import { writeFileSync } from 'node:fs';
import { microBenchmarks } from './micro';
import { bundleSizes } from './bundle-size';
import { cliMemory } from './cli-memory';
import { hashtagBenchmarks } from './hashtags';
import { PAGE_BENCHMARKS, pageBenchmarks } from './page';
import { report, type Result } from './measure';
import { timed } from './timed';

const GROUPS = ['micro', 'hashtags', 'bundle', 'cli', ...PAGE_BENCHMARKS] as const;

/**
 * `npm run bench`: prints each measured figure next to its target (issue
 * "Performance") and writes them to bench-results.json. Never part of
 * `npm test`: timings on shared machines are too noisy to assert.
 * `npm run bench -- click decisions` runs only those groups (one of GROUPS).
 */
async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(GROUPS as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${GROUPS.join(', ')}`);
  const runs = (name: (typeof GROUPS)[number]) => asked.length === 0 || asked.includes(name);
  const start = performance.now();
  const results: Result[] = [
    ...(runs('micro') ? await timed('micro', microBenchmarks) : []),
    ...(runs('hashtags') ? await timed('hashtags', hashtagBenchmarks) : []),
    ...(runs('bundle') ? bundleSizes() : []),
    ...(runs('cli') ? await timed('cli', cliMemory) : []),
    ...(await pageBenchmarks(PAGE_BENCHMARKS.filter(runs))),
  ];
  const minutes = (performance.now() - start) / 60_000;
  report(results);
  console.log(`\nbench: measured in ${minutes.toFixed(1)} min (the build before it not counted)`);
  writeFileSync('bench-results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), only: asked, minutes, results }, null, 2)}\n`);
  console.log(`\nbench: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
