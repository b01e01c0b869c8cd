import { readFile } from 'node:fs/promises';
import { runCli } from '../src/lists/cli/run';

/** `npm run lists -- <command> FILE…`: the list maintainers' CLI (docs/lists.md). */
process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
