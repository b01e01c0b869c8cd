import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from '../src/lists/cli/run';

/** `npm run lists -- <command> FILE…`: the list maintainers' CLI (docs/lists.md). */
process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text, { secret, replace }) => writeFile(path, text, { mode: secret ? 0o600 : 0o644, flag: replace ? 'w' : 'wx' }),
  now: () => Date.now(),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
