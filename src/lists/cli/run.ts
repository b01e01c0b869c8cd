import { checkListFile, formatChecked, type Checked, type CheckOptions } from './check';
import { dedupeList } from './dedupe';
import { listToCsv } from './list-csv';
import { loadList } from './load';
import { formatStats, listStats } from './stats';
import { runSigningCommand, SIGNING_USAGE } from './signing';
import { lastValue, parseArgs } from './flags';
import { isObject } from '../import';
import { fieldLimitProblems } from '../field-limits';
import type { CandidateList } from '../schema';

export interface CliIo {
  readFile(path: string): Promise<string>;
  /** Refuses to replace an existing file unless `replace`; a `secret` file is readable by its owner only. */
  writeFile(path: string, text: string, options: { secret: boolean; replace?: boolean }): Promise<void>;
  now(): number;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `usage: npm run lists -- <command> [flags] FILE…
  validate FILE…       check JSON or CSV lists; every problem as FILE:LINE entry N field: why
  normalise FILE       print the list as JSON with normalised account ids
  dedupe FILE          merge repeated entries and accounts, print the list as JSON
  csv2json FILE.csv    print a CSV list as JSON
  json2csv FILE.json   print a JSON list as CSV (name,role,party,platform,id,source[,hashtags])
  stats FILE…          entries, hashtags, and accounts per platform
${SIGNING_USAGE}
list fields for CSV input: --id --title --updated --expires --election --region --source (repeatable)`;

/** Exit codes: 0 done, 1 a list has problems, 2 the command line or a file could not be read. */
type Exit = 0 | 1 | 2;

const LIST_FLAGS = new Set(['id', 'title', 'updated', 'expires', 'election', 'region', 'source']);

export async function runCli(args: readonly string[], io: CliIo): Promise<Exit> {
  const [command, ...rest] = args;
  if (command === 'keygen' || command === 'sign') return runSigningCommand(command, rest, io);
  const parsed = parseFlags(rest);
  const spec = command === undefined ? undefined : COMMANDS.get(command);
  if (typeof parsed === 'string' || spec === undefined) {
    io.err(`${typeof parsed === 'string' ? `${parsed}\n` : ''}${USAGE}`);
    return 2;
  }
  const { files, metadata } = parsed;
  if (files.length === 0 || (!spec.many && files.length > 1)) {
    io.err(`${command} takes ${spec.many ? 'one or more files' : 'one file'}\n${USAGE}`);
    return 2;
  }
  let exit: Exit = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      io.err(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    let result: 0 | 1;
    try {
      result = spec.run(file, text, { metadata }, io);
    } catch (error) {
      // Every odd file has a named problem; this is the last guard, so no file ever prints a stack trace.
      io.err(`${file}: cannot be ${command === 'validate' ? 'checked' : 'processed'}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    if (result === 1) exit = 1;
  }
  return exit;
}

type Command = (file: string, text: string, options: CheckOptions, io: CliIo) => 0 | 1;

const COMMANDS = new Map<string, { many: boolean; run: Command }>(Object.entries({
  validate: {
    many: true,
    run(file, text, options, io) {
      const checked = checkListFile(file, text, { ...options, requireSources: true });
      if (!checked.ok) return report(file, checked, io.out);
      const accounts = checked.list.entries.reduce((n, entry) => n + entry.accounts.length, 0);
      io.out(`${file}: ok (${checked.list.entries.length} entries, ${accounts} accounts)`);
      return 0;
    },
  },
  normalise: { many: false, run: (file, text, options, io) => printList(file, text, options, io) },
  csv2json: { many: false, run: (file, text, options, io) => printList(file, text, options, io) },
  json2csv: {
    many: false,
    run(file, text, options, io) {
      const checked = checkListFile(file, text, options);
      if (!checked.ok) return report(file, checked, io.err);
      const csv = listToCsv(checked.list);
      if (csv.dropped.length > 0) io.err(`${file}: CSV has no column for, and leaves out: ${csv.dropped.join(', ')}`);
      io.out(csv.text.trimEnd());
      return 0;
    },
  },
  dedupe: {
    many: false,
    run(file, text, options, io) {
      const loaded = loadList(file, text, options.metadata);
      if (!loaded.ok) return report(file, { ok: false, problems: [{ line: loaded.line, field: '', message: loaded.message }] }, io.err);
      if (!isObject(loaded.data)) return printList(file, text, options, io);
      // Merging copies and prints the document: nesting the importer refuses would overflow the stack.
      const deep = fieldLimitProblems(loaded.data).find((problem) => problem.code === 'too-deep');
      if (deep) return report(file, { ok: false, problems: [{ line: loaded.linesOf([deep.path])(deep.path), field: deep.path, message: deep.message }] }, io.err);
      const { data, report: changes } = dedupeList(loaded.data);
      for (const change of changes) io.err(`${file}: ${change}`);
      // What is left to fix is reported against the printed result, whose lines differ from the file's.
      const deduplicated = JSON.stringify(data, null, 2);
      const checked = checkListFile('deduplicated.json', deduplicated, options);
      if (checked.ok) {
        io.out(listJson(checked.list));
        return 0;
      }
      io.out(deduplicated);
      return report(`${file} (deduplicated)`, checked, io.err);
    },
  },
  stats: {
    many: true,
    run(file, text, options, io) {
      const loaded = loadList(file, text, options.metadata);
      if (!loaded.ok) return report(file, { ok: false, problems: [{ line: loaded.line, field: '', message: loaded.message }] }, io.err);
      io.out(formatStats(file, listStats(loaded.data)));
      return 0;
    },
  },
}));

/** The list as the importer leaves it (normalised ids, repeats in an entry merged), as JSON. */
function printList(file: string, text: string, options: CheckOptions, io: CliIo): 0 | 1 {
  const checked = checkListFile(file, text, options);
  if (!checked.ok) return report(file, checked, io.err);
  io.out(listJson(checked.list));
  return 0;
}

/** Entries last, after the list's own fields, as maintainers write it. */
function listJson({ entries, ...fields }: CandidateList): string {
  return JSON.stringify({ ...fields, entries }, null, 2);
}

function report(file: string, checked: Extract<Checked, { ok: false }>, write: (text: string) => void): 1 {
  for (const line of formatChecked(file, checked)) write(line);
  return 1;
}

function parseFlags(args: readonly string[]): { files: string[]; metadata: Record<string, unknown> } | string {
  const parsed = parseArgs(args, LIST_FLAGS);
  if (typeof parsed === 'string') return parsed;
  const metadata: Record<string, unknown> = {};
  for (const name of parsed.flags.keys()) {
    if (name === 'source') metadata['sources'] = parsed.flags.get(name);
    else metadata[name] = lastValue(parsed, name);
  }
  return { files: parsed.files, metadata };
}
