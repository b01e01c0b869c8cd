/** The values a problem's wording is built from. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * Every way the importer refuses a list, each with its English wording: the
 * maintainer CLI prints these, and the options page shows the same code in
 * the user's language (src/ui/i18n/problems.ts).
 */
export const PROBLEM_EN = {
  'json-syntax': (p: ProblemParams) => `invalid JSON at line ${p['line']}, column ${p['column']}: ${p['detail']}`,
  'json-truncated': (p: ProblemParams) => `invalid JSON: the text ends too early, at line ${p['line']}, column ${p['column']}`,
  'not-an-object': () => 'the file must hold one JSON object',
  'unsupported-format': (p: ProblemParams) => `unsupported list format ${p['found']}: this version reads "${p['supported']}" only`,
  required: () => 'is required',
  'wrong-type': (p: ProblemParams) => `must be ${article(String(p['expected']))}`,
  'not-one-of': (p: ProblemParams) => `must be one of: ${p['values']}`,
  empty: () => 'must not be empty',
  'bad-date': () => 'must be a real date written YYYY-MM-DD',
  'period-order': () => '"from" must not be after "until"',
  'bad-list-id': () => 'must be 1–64 lowercase letters, digits or -',
  'no-accounts': () => 'an entry needs at least one account',
  /** The normaliser's own reason, in English only (src/lists/normalise/). */
  'bad-account': (p: ProblemParams) => String(p['reason']),
  'duplicate-account': (p: ProblemParams) =>
    `${p['account']} is also in entries[${p['entry']}]${p['name'] === undefined ? '' : ` ("${p['name']}")`}; an account belongs to one entry`,
  'too-large': (p: ProblemParams) => `the file is ${p['megabytes']} MB; lists of at most ${p['maxMegabytes']} MB are accepted`,
  'too-many-accounts': (p: ProblemParams) =>
    `the file has about ${Number(p['accounts']).toLocaleString('en')} accounts; lists of at most ${Number(p['max']).toLocaleString('en')} are accepted`,
  'too-long': (p: ProblemParams) =>
    `is ${Number(p['length']).toLocaleString('en')} characters long; at most ${Number(p['limit']).toLocaleString('en')} are accepted`,
  'field-name-too-long': (p: ProblemParams) =>
    `has a field whose name is ${Number(p['length']).toLocaleString('en')} characters long; at most ${Number(p['limit']).toLocaleString('en')} are accepted`,
  'too-deep': (p: ProblemParams) => `holds arrays or objects nested more than ${p['max']} deep`,
  'hashtag-empty': () => 'a hashtag needs at least one letter or digit after its #',
  'hashtag-spaces': () => 'a hashtag has no spaces: write each hashtag as its own item',
  'hashtag-too-long': (p: ProblemParams) => `a hashtag has at most ${p['max']} characters`,
  'hashtag-chars': () => 'a hashtag holds only letters, digits and _ after its #',
  'duplicate-hashtag': (p: ProblemParams) =>
    `#${p['tag']} is also in ${p['entry'] === undefined ? "the list's own hashtags" : `entries[${p['entry']}]`}${p['name'] === undefined ? '' : ` ("${p['name']}")`}; a hashtag belongs to one entry or to the list`,
  /** A check with no wording of its own here: zod's message, as is. */
  invalid: (p: ProblemParams) => String(p['detail']),
};
export type ProblemCode = keyof typeof PROBLEM_EN;
export const PROBLEM_CODES = Object.keys(PROBLEM_EN) as [ProblemCode, ...ProblemCode[]];

/** What is wrong, without where: the part of a problem that is worded. */
export interface ProblemDetail {
  code: ProblemCode;
  params: ProblemParams;
  /** English, for the CLI and logs. */
  message: string;
}

export function problemDetail(code: ProblemCode, params: ProblemParams = {}): ProblemDetail {
  return { code, params, message: PROBLEM_EN[code](params) };
}

/** A value as a problem quotes it: short, and never the whole of a huge or deeply nested one. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

const QUOTED = 60;

function article(expected: string): string {
  return expected === 'array' || expected === 'object' ? `an ${expected}` : expected === 'string' ? 'text' : `a ${expected}`;
}
