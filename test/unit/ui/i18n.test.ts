import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/ui/i18n/messages';
import { INTENTS } from '../../../src/guard/intent';
import { preferredLanguage, resolveLanguage, warningLanguage } from '../../../src/ui/language';

/** Every leaf of a message tree, rendered to text (functions with sample arguments). */
function leaves(tree: object, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') return [[at, value]];
    if (typeof value === 'function') {
      const sample = (value as (...args: unknown[]) => string);
      return INTENTS.map((intent) => [`${at}(${intent})`, String(sample(intent, 'Nama', 'Daftar'))]);
    }
    return leaves(value as object, at);
  });
}

/**
 * Strings that read the same in both languages on purpose: the language
 * choices name each language in itself, so a reader of the other can find it.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set(['options.languageIndonesian', 'options.languageEnglish']);

/** The catalogue's own machinery; every other file in src/ui/i18n is an area. */
const NOT_AREAS = new Set(['bilingual.ts', 'messages.ts']);

describe('interface text', () => {
  const id = new Map(leaves(MESSAGES.id));
  const en = new Map(leaves(MESSAGES.en));

  it('has the same keys in Indonesian and English', () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('registers every area file, so none goes unchecked', () => {
    const files = readdirSync(fileURLToPath(new URL('../../../src/ui/i18n/', import.meta.url))).filter((f) => !NOT_AREAS.has(f));
    expect(Object.keys(MESSAGES.en).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each([...en.keys()])('%s is written and translated', (key) => {
    expect(en.get(key)?.trim()).not.toBe('');
    expect(id.get(key)?.trim()).not.toBe('');
    if (!SAME_IN_BOTH.has(key)) expect(id.get(key)).not.toBe(en.get(key));
  });
});

describe('language', () => {
  it.each([
    [['id-ID', 'en'], 'id'],
    [['id'], 'id'],
    [['en-US', 'id'], 'id'],
    [['en-GB', 'nl', 'id-ID'], 'id'],
    [['ID'], 'id'],
    [['en-US', 'ms-MY'], 'en'],
    [['nl'], 'en'],
    [[], 'en'],
  ] as const)('follows the browser %j → %s', (languages, lang) => {
    expect(preferredLanguage(languages)).toBe(lang);
  });

  it('lets the user choose over the browser', () => {
    expect(resolveLanguage('en', ['id-ID'])).toBe('en');
    expect(resolveLanguage('id', ['en-US'])).toBe('id');
    expect(resolveLanguage('auto', ['id-ID'])).toBe('id');
  });

  it.each([
    ['id', ['en-US'], 'id'],
    ['id-ID', ['en-US'], 'id'],
    ['en', ['id-ID'], 'en'],
    ['en-GB', ['id-ID'], 'en'],
  ] as const)('the warning on a site whose interface is %s, in a browser set to %j, speaks the site’s language: %s', (site, languages, lang) => {
    expect(warningLanguage('auto', site, languages)).toBe(lang);
  });

  it.each([
    ['ja', ['id-ID'], 'id'],
    ['', ['en-US'], 'en'],
    ['', ['en-US', 'id'], 'id'],
  ] as const)('the warning on a site in %j, which Jaga Netral does not speak, follows the browser %j: %s', (site, languages, lang) => {
    expect(warningLanguage('auto', site, languages)).toBe(lang);
  });

  it("lets the user's setting override both the site and the browser", () => {
    expect(warningLanguage('en', 'id', ['id-ID'])).toBe('en');
    expect(warningLanguage('id', 'en', ['en-US'])).toBe('id');
  });
});
