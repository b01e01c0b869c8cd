import { runCli } from '../../../src/lists/cli/run';

/** Runs the lists CLI on in-memory files and captures what it prints. */
export async function cli(files: Record<string, string>, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runCli(args, {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}
