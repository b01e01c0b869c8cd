/**
 * A seeded pseudo-random source and generators of hostile text for the fuzz
 * tests. No library: mulberry32 is enough to spread inputs, and a fixed seed
 * makes every failure reproducible (the failing input is printed by the test).
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: a 32-bit state, good spread, a few operations per number. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    chance: (p) => next() < p,
  };
}

export const RTL_OVERRIDE = '\u202E';
export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'] as const;
export const SCRIPT_SNIPPETS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  "';alert(1)//",
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
] as const;
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Single code points chosen to hurt: controls, bidi, zero-width, lone surrogates, case-changing letters. */
const NASTY_CHARS = [
  RTL_OVERRIDE, '\u202D', '\u2066', '\u2069', '\u200F', ...ZERO_WIDTH,
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u00A0', '\u2028', '\u2029',
  '\t', '\n', '\r', ' ', '\u3000', '@', '#', '?', '/', '\\', '%', '.', '_', '-', '·', ':', '"', "'", '<', '>', '&', '=', '+',
  'İ', 'ı', 'ß', 'ẞ', 'ǅ', 'Ω', 'K', 'ﬃ', 'Σ', 'é', 'é', '\u0301', '漢', '한', 'ع', 'א', '😀', '👩‍👩‍👧', '𝔸',
] as const;

const ASCII_HANDLE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.';

/** Any UTF-16 code unit, lone surrogates included. */
function codeUnit(r: Random): string {
  return String.fromCharCode(r.int(0, 0xffff));
}

/** A string of random characters, weighted towards handle-like and nasty ones. */
export function unicodeString(r: Random, maxLength = 40): string {
  const length = r.int(0, maxLength);
  let text = '';
  for (let i = 0; i < length; i++) {
    const roll = r.next();
    text += roll < 0.45 ? r.pick([...ASCII_HANDLE]) : roll < 0.8 ? r.pick(NASTY_CHARS) : codeUnit(r);
  }
  return text;
}

/** Up to 10,000 characters: one repeated unit, sometimes with a nasty tail. */
export function longString(r: Random): string {
  const unit = r.pick(['a', 'İ', '漢', '😀', RTL_OVERRIDE, '\u200B', 'ab.', '<b>', unicodeString(r, 5) || 'x']);
  const length = r.int(100, 10_000);
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return r.chance(0.5) ? text : `${text}${unicodeString(r, 5)}`;
}

/** A handle as people paste it: mixed case, maybe `@`, maybe wrapped in invisible or bidi characters. */
export function handleLike(r: Random): string {
  let handle = '';
  const clean = r.chance(0.5);
  const length = clean ? r.int(3, 15) : r.int(0, 35);
  for (let i = 0; i < length; i++) {
    const c = clean || r.chance(0.9) ? r.pick([...ASCII_HANDLE]) : r.pick(NASTY_CHARS);
    handle += r.chance(0.5) ? c.toUpperCase() : c;
  }
  if (r.chance(0.2)) handle = r.pick(KNOWN_HOSTS) + (r.chance(0.5) ? '' : handle);
  const at = r.pick(['', '', '@', '@@', ' @', '＠']);
  const wrap = r.chance(0.2) ? r.pick([...ZERO_WIDTH, RTL_OVERRIDE, ' ', '\t']) : '';
  return `${wrap}${at}${handle}${r.chance(0.5) ? '' : wrap}`;
}

export const KNOWN_HOSTS = [
  'x.com', 'twitter.com', 'mobile.twitter.com', 'facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com',
  'instagram.com', 'www.instagram.com', 'tiktok.com', 'www.tiktok.com', 'vm.tiktok.com', 'youtube.com', 'm.youtube.com',
  'music.youtube.com', 'youtu.be', 'threads.net', 'www.threads.com', 't.co', 'fb.me',
] as const;

const OTHER_HOSTS = ['example.com', 'x.com.evil.org', 'evilx.com', 'facebook.com.', 'xn--80ak6aa92e.com', '127.0.0.1', '[::1]', 'localhost'];
const PATH_WORDS = [
  'home', 'status', 'p', 'reel', 'watch', 'channel', 'c', 'user', 'profile.php', 'people', 'pages', 'groups', 'media',
  'videos', 'shorts', 'post', 'video', '@', '..', '.', '%', '%2F', '%00', '%E2%80%AE', '%ZZ', '%C0%AF', '__proto__',
  'constructor', 'UCabcdefghijklmnopqrstuv', '',
];

function percentEscape(r: Random, text: string): string {
  return [...text].map((c) => (r.chance(0.2) ? encodeURIComponentSafe(c) : c)).join('');
}

function encodeURIComponentSafe(c: string): string {
  try {
    return encodeURIComponent(c);
  } catch {
    return '%ED%A0%80'; // what a lone surrogate would be if encoded as WTF-8: invalid UTF-8
  }
}

function segment(r: Random): string {
  const roll = r.next();
  if (roll < 0.35) return r.pick(PATH_WORDS);
  if (roll < 0.7) return percentEscape(r, handleLike(r));
  return percentEscape(r, unicodeString(r, 12));
}

/** A path that names a profile on some site, written the many ways links write it. */
function profilePath(r: Random): string {
  const name = handleLike(r).trim().replace(/^@+/, '');
  const youtubeId = `UC${Array.from({ length: 22 }, () => r.pick([...ASCII_HANDLE.replace('.', '-')])).join('')}`;
  return r.pick([
    name,
    `@${name}`,
    `@${percentEscape(r, name)}`,
    `${name}/${r.pick(['media', 'videos', 'reels', 'status', 'p'])}`,
    `channel/${youtubeId}`,
    `${r.pick(['c', 'user'])}/${name}`,
    `profile.php?id=${r.int(1, 1e12)}`,
  ]);
}

/** Something shaped like a URL: random scheme, host, path, query, fragment and escapes. */
export function urlLike(r: Random): string {
  const scheme = r.pick(['https://', 'http://', 'HTTPS://', '//', '', '', 'javascript:', 'ftp://', 'data:text/html,', 'https:/', '/']);
  const host = r.chance(0.75) ? r.pick(KNOWN_HOSTS) : r.chance(0.5) ? r.pick(OTHER_HOSTS) : unicodeString(r, 12);
  const hostCase = r.chance(0.3) ? host.toUpperCase() : host;
  const port = r.chance(0.05) ? `:${r.int(0, 70000)}` : '';
  const userinfo = r.chance(0.05) ? `${handleLike(r)}@` : '';
  const path = r.chance(0.4) ? profilePath(r) : Array.from({ length: r.int(0, 4) }, () => segment(r)).join(r.chance(0.9) ? '/' : '//');
  const query = r.chance(0.3)
    ? `?${r.pick(['id', 'story_fbid', 'fbid', '__proto__', 'v'])}=${r.chance(0.5) ? r.int(0, 1e9) : segment(r)}`
    : '';
  const fragment = r.chance(0.15) ? `#${r.pick(['!/', '', '!/@'])}${segment(r)}` : '';
  return `${scheme}${userinfo}${hostCase}${port}/${path}${r.chance(0.2) ? '/' : ''}${query}${fragment}`;
}

/** One input for the normaliser, from any of the generators above. */
export function accountInput(r: Random): string {
  const roll = r.next();
  if (roll < 0.35) return handleLike(r);
  if (roll < 0.7) return urlLike(r);
  if (roll < 0.8) return unicodeString(r);
  if (roll < 0.86) return r.pick(SCRIPT_SNIPPETS);
  if (roll < 0.9) return r.pick(PROTO_KEYS);
  if (roll < 0.93) return longString(r);
  if (roll < 0.96) return `/${segment(r)}/${segment(r)}`;
  return `${r.pick(['c', 'user', 'channel', '@'])}/${r.chance(0.3) ? 'İ'.repeat(r.int(1, 120)) : segment(r)}`;
}

/** A display name meant to hurt: markup, bidi, zero-width, very long. */
export function hostileName(r: Random): string {
  const roll = r.next();
  if (roll < 0.3) return r.pick(SCRIPT_SNIPPETS);
  if (roll < 0.4) return r.pick(PROTO_KEYS);
  if (roll < 0.5) return longString(r);
  if (roll < 0.6) return `${RTL_OVERRIDE}${unicodeString(r, 10)}${r.pick(ZERO_WIDTH)}`;
  return unicodeString(r, 30);
}
