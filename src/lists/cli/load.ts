import { jsonSyntaxProblem } from '../json-error';
import { csvToList } from './list-csv';
import { locateJsonPaths, type LineOf } from './json-locator';

/** A list file read for the CLI: the document, and how to find a path's line in the file. */
export type Loaded =
  | { ok: true; data: unknown; linesOf: (paths: readonly string[]) => LineOf }
  | { ok: false; line: number; message: string };

export const isCsv = (file: string) => file.toLowerCase().endsWith('.csv');

/**
 * JSON or CSV by the file's extension. `metadata` (from flags) fills in list
 * fields a CSV file cannot carry in its rows.
 */
export function loadList(file: string, text: string, metadata: Record<string, unknown> = {}): Loaded {
  if (isCsv(file)) {
    const converted = csvToList(text, metadata);
    if (!converted.ok) return { ok: false, ...converted.problem };
    return { ok: true, data: converted.data, linesOf: () => converted.lineOf };
  }
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    const data: unknown = JSON.parse(json);
    // Lines are only looked up for problems, so a valid file is never scanned.
    return { ok: true, data, linesOf: (paths) => locateJsonPaths(json, paths) };
  } catch (error) {
    const message = jsonSyntaxProblem(json, error);
    return { ok: false, line: Number(/line (\d+)/.exec(message)?.[1] ?? 1), message };
  }
}
