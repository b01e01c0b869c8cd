import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/driver';

/**
 * Facts about the built packages a store reviewer checks: `web-ext lint`
 * clean, no eval and no remote code, and a Firefox minimum that is the
 * Firefox this suite runs.
 */

const run = promisify(execFile);
const build = (target: 'chrome-mv3' | 'firefox-mv2') => join(ROOT, '.output', target);
const manifest = (target: 'chrome-mv3' | 'firefox-mv2') =>
  JSON.parse(readFileSync(join(build(target), 'manifest.json'), 'utf8')) as Record<string, unknown>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('the Firefox build', () => {
  // About 5 s idle; the linter parses every bundle, which takes far longer on a busy machine.
  it('passes web-ext lint with no error, warning or notice', { timeout: 180_000 }, async () => {
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', build('firefox-mv2'), '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT },
    );
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    const said = (messages: LintMessage[]) => messages.map((m) => `${m.code} in ${m.file ?? 'the package'}: ${m.message}`);
    expect([...said(report.errors), ...said(report.warnings), ...said(report.notices)]).toEqual([]);
  });

  it('asks for the Firefox ESR this suite runs in, no older', async () => {
    const { stdout } = await run('firefox-esr', ['--version']);
    const tested = /(\d+)\.\d+/.exec(stdout)?.[1];
    const gecko = (manifest('firefox-mv2').browser_specific_settings as { gecko: { strict_min_version: string } }).gecko;
    expect(`${tested}.0`).toBe(gecko.strict_min_version);
  });

  it('declares Firefox for Android, on the same tested Gecko', () => {
    const settings = manifest('firefox-mv2').browser_specific_settings as Record<string, { strict_min_version?: string }>;
    expect(settings.gecko_android?.strict_min_version).toBe(settings.gecko?.strict_min_version);
  });
});

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the %s build', (target) => {
  it('keeps the browser default CSP (no unsafe-eval) and never evaluates strings', () => {
    expect(manifest(target)).not.toHaveProperty('content_security_policy');
    const scripts = filesUnder(build(target)).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    const evaluating = scripts.filter((file) => /\beval\(|\bFunction\(|new Function\b|=\s*Function\s*[,;)]/.test(readFileSync(file, 'utf8')));
    expect(evaluating).toEqual([]);
  });

  it('loads no remote code: every script and stylesheet comes from the package', () => {
    const pages = filesUnder(build(target)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const remote = pages.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)]
        .map((match) => match[1]!)
        .filter((url) => /^(?:https?:)?\/\//.test(url))
        .map((url) => `${file}: ${url}`),
    );
    expect(remote).toEqual([]);
    const scripts = filesUnder(build(target)).filter((file) => file.endsWith('.js'));
    const importing = scripts.filter((file) => /\bimport\(\s*["'`]https?:|importScripts\(\s*["'`]https?:/.test(readFileSync(file, 'utf8')));
    expect(importing).toEqual([]);
  });
});
