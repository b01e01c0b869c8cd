/** The line of a document path such as `entries[3].accounts[0].id`, or of its nearest existing ancestor. */
export type LineOf = (path: string) => number;

const LAST_SEGMENT = /(?:\[\d+\]|\.[^.[\]]+|^[^.[\]]+)$/;

/** `entries[3].accounts[0].id` → `entries[3].accounts[0]` → … → `` (the document). */
export function parentPath(path: string): string {
  return path.replace(LAST_SEGMENT, '');
}

interface Frame {
  kind: 'object' | 'array';
  /** Null when nothing below this container was asked for: its children are not named at all. */
  path: string | null;
  index: number;
  key: string;
  keyLine: number;
  expectKey: boolean;
}

/**
 * Finds the lines of the given paths in JSON text (assumed to parse) in one
 * pass. Only containers on the way to a wanted path get their children named,
 * so a million-account file costs one scan of its characters.
 */
export function locateJsonPaths(text: string, paths: Iterable<string>): LineOf {
  const wanted = new Set<string>(['']);
  for (let path of paths) {
    while (path !== '' && !wanted.has(path)) {
      wanted.add(path);
      path = parentPath(path);
    }
  }
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;

  const valuePath = (): [string | null, number] => {
    const top = stack[stack.length - 1];
    if (top === undefined) return ['', line];
    if (top.path === null) return [null, line];
    if (top.kind === 'array') return [`${top.path}[${top.index}]`, line];
    return [top.path === '' ? top.key : `${top.path}.${top.key}`, top.keyLine];
  };
  const onValue = (): string | null => {
    const [path, at] = valuePath();
    if (path === null || !wanted.has(path)) return null;
    lines.set(path, at);
    return path;
  };

  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x0a) {
      line++;
      i++;
    } else if (c === 0x22) {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        if (top.path !== null) top.key = JSON.parse(text.slice(i, end)) as string;
        top.keyLine = line;
        top.expectKey = false;
      } else {
        onValue();
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      const path = onValue();
      stack.push({ kind: c === 0x7b ? 'object' : 'array', path, index: 0, key: '', keyLine: line, expectKey: c === 0x7b });
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      i++;
    } else if (c === 0x2c) {
      if (top?.kind === 'array') top.index++;
      else if (top) top.expectKey = true;
      i++;
    } else if (c === 0x3a || c === 0x20 || c === 0x09 || c === 0x0d) {
      i++;
    } else {
      onValue();
      i = scalarEnd(text, i);
    }
  }
  return (path) => {
    for (let at = path; ; at = parentPath(at)) {
      const found = lines.get(at);
      if (found !== undefined) return found;
      if (at === '') return 1;
    }
  };
}

/** Index just past the closing quote of the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

const DELIMITERS = new Set([0x2c, 0x7d, 0x5d, 0x20, 0x0a, 0x0d, 0x09]);

function scalarEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && !DELIMITERS.has(text.charCodeAt(i))) i++;
  return i;
}
