import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from './measure';

const ENTRIES = 250_000;
const PLATFORMS = ['x', 'instagram', 'tiktok', 'threads'] as const;

/** 250,000 entries × 4 accounts, every one on a platform no list knows: a million schema problems. */
function millionWrongAccounts(): string {
  const lines: string[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const accounts = PLATFORMS.map((p) => `{"platform":"${p}-old","id":"calon_${i}","source":"s"}`);
    lines.push(`{"name":"Calon ${i}","accounts":[${accounts.join(',')}]}`);
  }
  return `{"format":"jaga-netral/list@1","id":"million","title":"1M","updated":"2024-01-10","entries":[\n${lines.join(',\n')}\n]}`;
}

/** A heap no list needs more of to be refused: the million problems must fit in it, counted rather than held. */
const HEAP_CAP_MB = 256;

/** `npm run lists -- validate FILE` with V8's heap capped; its peak resident memory (GNU time) and what it printed. */
function validateCapped(file: string): { exit: number | null; mb: number; lines: number; last: string } {
  const cli = [`--max-old-space-size=${HEAP_CAP_MB}`, 'node_modules/jiti/lib/jiti-cli.mjs', 'scripts/lists.ts', 'validate', file];
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...cli], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const kilobytes = Number(run.stderr.trim().split('\n').at(-1));
  const lines = run.stdout.trim().split('\n');
  return { exit: run.status, mb: kilobytes / 1024, lines: lines.length, last: lines.at(-1) ?? '' };
}

/**
 * Issue 19: the maintainer CLI used to hold every problem of a file at once
 * (a million schema problems: about 2 GB; it still dies with a 1 GB heap).
 * A million accounts on platforms no list knows, validated in a process of
 * their own with the heap capped at HEAP_CAP_MB.
 */
export function cliMemory(): Result[] {
  const dir = mkdtempSync(join(tmpdir(), 'jaga-netral-bench-'));
  try {
    const file = join(dir, 'wrong.json');
    writeFileSync(file, millionWrongAccounts());
    const run = validateCapped(file);
    const counted = /more problems not shown/.test(run.last);
    return [
      {
        what: `lists CLI validate, 1,000,000 schema problems, heap capped at ${HEAP_CAP_MB} MB`,
        measured: `${run.exit === 1 && counted ? 'reported' : `FAILED (exit ${run.exit})`}: ${run.lines - 1} in full and a count; peak ${run.mb.toFixed(0)} MB resident`,
        target: 'bounded memory: completes within the cap',
        ok: run.exit === 1 && counted && run.lines === 301,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
