import { problemDetail, type ProblemDetail } from './import-problem';

/**
 * Says where JSON.parse stopped, as line and column, whatever engine wrote the
 * error: SpiderMonkey gives "line L column C", V8 mostly "position N" but
 * sometimes nothing at all.
 */
export function jsonSyntaxDetail(text: string, error: unknown): ProblemDetail {
  const detail = messageOf(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return problemDetail('json-syntax', { line: Number(lineColumn[1]), column: Number(lineColumn[2]), detail });
  const position = /position (\d+)/.exec(detail);
  // Stopped at the very end (a string or object never closed): the file was cut short.
  if (END_OF_INPUT.test(detail) || Number(position?.[1]) >= text.length) return problemDetail('json-truncated', lineAndColumn(text, text.length));
  const offset = position ? Number(position[1]) : firstBadOffset(text);
  return problemDetail('json-syntax', { ...lineAndColumn(text, offset), detail });
}

/** The same, in English: what the maintainer CLI prints. */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  return jsonSyntaxDetail(text, error).message;
}

const END_OF_INPUT = /end of (JSON )?(input|data)/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Binary search for the shortest prefix that is wrong rather than merely
 * unfinished: the parser reads left to right, so every longer prefix is wrong
 * too. Only runs on a failed import, at about log2(length) parses.
 */
function firstBadOffset(text: string): number {
  let sound = 0;
  let broken = text.length;
  while (broken - sound > 1) {
    const middle = Math.floor((sound + broken) / 2);
    if (isUnfinishedOnly(text.slice(0, middle))) sound = middle;
    else broken = middle;
  }
  return broken - 1;
}

function isUnfinishedOnly(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const detail = messageOf(error);
    const position = /position (\d+)/.exec(detail);
    return position ? Number(position[1]) >= prefix.length : END_OF_INPUT.test(detail);
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
