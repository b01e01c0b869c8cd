import { runCli } from '../../../src/lists/cli/run';

/** A written file, with whether the CLI asked for it to be private. */
export interface Written {
  text: string;
  secret: boolean;
}

/** The clock the CLI sees in tests: 2026-11-26T00:00:00Z. */
export const CLI_NOW = Date.UTC(2026, 10, 26);

/** Runs the lists CLI on in-memory files and captures what it prints. */
export async function cli(files: Record<string, string>, ...args: string[]) {
  const { written: _written, ...run } = await cliWriting(files, ...args);
  return run;
}

/**
 * `cli`, also returning the files the run wrote. They land in `files` too, so
 * later runs given the same map read them back.
 */
export async function cliWriting(files: Record<string, string>, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Written> = {};
  const exit = await runCli(args, {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    writeFile: async (path, text, { secret, replace }) => {
      if (!replace && path in files) throw new Error(`${path} exists`);
      files[path] = text;
      written[path] = { text, secret };
    },
    now: () => CLI_NOW,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { exit, out: out.join('\n'), err: err.join('\n'), written };
}
