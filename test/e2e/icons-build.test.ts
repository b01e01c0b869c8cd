import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/driver';

/**
 * Every icon the built manifests name, and every icon the background sets on
 * a tab, is in the package at the pixel size it is named for (read from the
 * PNG's IHDR header: width and height, big-endian, at bytes 16 and 20).
 */

type Target = 'chrome-mv3' | 'firefox-mv2';
// What src/background/tab-icon.ts's iconPath gives (its unit test says so);
// written out because importing it here would start the extension's storage.
const iconPath = (state: 'guarded' | 'unguarded') => ({ 16: `/icons/${state}-16.png`, 32: `/icons/${state}-32.png` });
const build = (target: Target) => join(ROOT, '.output', target);
const manifest = (target: Target) => JSON.parse(readFileSync(join(build(target), 'manifest.json'), 'utf8')) as Record<string, unknown>;

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** "size → path" maps, each path checked in the package at that size. */
function sizesOf(target: Target, icons: Record<string, string>): string[] {
  return Object.entries(icons).map(([size, path]) => {
    const file = join(build(target), path.replace(/^\//, ''));
    expect(existsSync(file), `${target}: ${path}`).toBe(true);
    expect(pngSize(file), `${target}: ${path}`).toEqual({ width: Number(size), height: Number(size) });
    return size;
  });
}

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the %s build', (target) => {
  it('names the extension icon at 16, 32, 48, 96 and 128 px, each file at its size', () => {
    expect(sizesOf(target, manifest(target).icons as Record<string, string>)).toEqual(['16', '32', '48', '96', '128']);
  });

  it("gives the toolbar button its unguarded icon, on the browser's own action key", () => {
    const key = target === 'chrome-mv3' ? 'action' : 'browser_action';
    const other = target === 'chrome-mv3' ? 'browser_action' : 'action';
    const action = manifest(target)[key] as { default_icon: Record<string, string>; default_popup: string };
    expect(manifest(target)).not.toHaveProperty(other);
    expect(action.default_popup).toBe('popup.html');
    expect(action.default_icon).toEqual(Object.fromEntries(Object.entries(iconPath('unguarded')).map(([s, p]) => [s, p.slice(1)])));
    expect(sizesOf(target, action.default_icon)).toEqual(['16', '32']);
  });

  it('carries both icons the background sets on a tab', () => {
    for (const state of ['guarded', 'unguarded'] as const) expect(sizesOf(target, iconPath(state))).toEqual(['16', '32']);
  });
});
