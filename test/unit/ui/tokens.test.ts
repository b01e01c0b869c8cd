import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKER_COLOURS } from '../../../src/ui/markers/create-marker';
import { DIALOG_WIDTH, MARGIN } from '../../../src/ui/place-near';

const read = (path: string) => readFileSync(new URL(`../../../src/ui/${path}`, import.meta.url), 'utf8');
const CSS = read('style/colours.css') + read('style/tokens.css');

/** Each `--jn-name: light-dark(#light, #dark)` token, as its two halves. */
const TOKENS = new Map(
  [...CSS.matchAll(/--jn-([\w-]+):\s*light-dark\((#\w+),\s*(#\w+)\)/g)].map(([, name, light, dark]) => [name!, [light!, dark!] as const]),
);

function luminance(hex: string): number {
  const full = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const token = (name: string) => {
  const pair = TOKENS.get(name);
  if (!pair) throw new Error(`no token --jn-${name}`);
  return pair;
};

describe('the colour tokens', () => {
  const text = ['fg', 'muted', 'link', 'warn', 'ok', 'bad'];
  const backgrounds = ['bg', 'surface', 'warn-bg'];
  for (const [half, index] of [['light', 0], ['dark', 1]] as const) {
    it.each(text.flatMap((t) => backgrounds.map((b) => [t, b])))(`--jn-%s on --jn-%s meets WCAG AA (4.5:1) in the ${half} half`, (fg, bg) => {
      expect(contrast(token(fg)[index], token(bg)[index])).toBeGreaterThanOrEqual(4.5);
    });
    it(`white button text on --jn-accent meets WCAG AA in the ${half} half`, () => {
      expect(contrast('#ffffff', token('accent')[index])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('are the colours the markers carry inline', () => {
    expect(MARKER_COLOURS).toContain(`light-dark(${token('warn').join(',')})`);
    expect(MARKER_COLOURS).toContain(`light-dark(${token('warn-bg').join(',')})`);
  });
});

describe('the warning style', () => {
  it('keeps the dialog width and margin that place-near.ts places it by', () => {
    expect(read('warning.css')).toContain(`width: min(${DIALOG_WIDTH}px, calc(100vw - ${2 * MARGIN}px))`);
  });
});
