import { generateKeyPair, signList } from '../signing/sign';
import { checkListFile, formatChecked } from './check';
import { isCsv } from './load';
import type { CliIo } from './run';
import { lastValue, parseArgs, type ParsedArgs } from './flags';

/** The key and signing commands' part of the usage text. */
export const SIGNING_USAGE = `  keygen [--out NAME]  write a signing key pair: NAME.private (keep it secret) and NAME.public (give it to subscribers)
  sign FILE.json --key NAME.private [--sequence N] [--out FILE]
                       check the list, then write the signed document (default FILE.signed.json);
                       N defaults to the current time in seconds, so each release is newer than the last`;

const DEFAULT_KEY_NAME = 'jaga-netral-list';

type Exit = 0 | 1 | 2;

/** `keygen` and `sign`; every other command is run.ts's. */
export async function runSigningCommand(command: 'keygen' | 'sign', args: readonly string[], io: CliIo): Promise<Exit> {
  const parsed = parseArgs(args, new Set(command === 'keygen' ? ['out'] : ['key', 'sequence', 'out']));
  if (typeof parsed === 'string') {
    io.err(parsed);
    return 2;
  }
  return command === 'keygen' ? keygen(parsed, io) : sign(parsed, io);
}

async function keygen(parsed: ParsedArgs, io: CliIo): Promise<Exit> {
  if (parsed.files.length > 0) {
    io.err('keygen takes no files; name the key with --out NAME');
    return 2;
  }
  const name = lastValue(parsed, 'out') ?? DEFAULT_KEY_NAME;
  const keys = await generateKeyPair();
  try {
    // The private key goes only into a file of its own that only its owner can read; never to the terminal or a log.
    await io.writeFile(`${name}.private`, `${keys.privateKey}\n`, { secret: true });
    await io.writeFile(`${name}.public`, `${keys.publicKey}\n`, { secret: false });
  } catch (error) {
    io.err(`cannot write the key files: ${messageOf(error)} (an existing key is never overwritten)`);
    return 2;
  }
  io.out(`private key: ${name}.private (keep it secret, out of any repository)`);
  io.out(`public key:  ${name}.public: ${keys.publicKey}`);
  return 0;
}

async function sign(parsed: ParsedArgs, io: CliIo): Promise<Exit> {
  const [file, ...extra] = parsed.files;
  const keyFile = lastValue(parsed, 'key');
  if (file === undefined || extra.length > 0 || keyFile === undefined) {
    io.err('sign takes one list file and --key PRIVATE_KEY_FILE');
    return 2;
  }
  if (isCsv(file)) {
    io.err(`${file}: sign takes a JSON list; convert it with csv2json first`);
    return 2;
  }
  const given = lastValue(parsed, 'sequence');
  const sequence = given === undefined ? Math.floor(io.now() / 1000) : /^\d+$/.test(given) ? Number(given) : NaN;
  if (!Number.isSafeInteger(sequence)) {
    io.err(`--sequence must be a whole number 0 or more, not ${given}`);
    return 2;
  }
  let text: string;
  let privateKey: string;
  try {
    [text, privateKey] = await Promise.all([io.readFile(file), io.readFile(keyFile)]);
  } catch (error) {
    io.err(`cannot read: ${messageOf(error)}`);
    return 2;
  }
  // Subscribers' extensions would refuse a broken list after a day's wait; refuse it here instead.
  const checked = checkListFile(file, text, { requireSources: true });
  if (!checked.ok) {
    for (const line of formatChecked(file, checked)) io.err(line);
    return 1;
  }
  let document;
  try {
    document = await signList(text, sequence, privateKey);
  } catch (error) {
    io.err(`${keyFile}: not an Ed25519 private key from keygen (${messageOf(error)})`);
    return 2;
  }
  const out = lastValue(parsed, 'out') ?? file.replace(/(\.json)?$/i, '.signed.json');
  await io.writeFile(out, `${JSON.stringify(document, null, 2)}\n`, { secret: false, replace: true });
  io.out(`${out}: ${checked.list.id}, version ${sequence}, signed`);
  return 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
