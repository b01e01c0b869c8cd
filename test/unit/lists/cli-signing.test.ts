import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { verifySignedList } from '../../../src/lists/signing/verify';
import { cli, cliWriting, CLI_NOW } from './cli-io';

const PILPRES = readFileSync(new URL('../../../candidate-lists/pilpres-2024.json', import.meta.url), 'utf8');

describe('npm run lists -- keygen and sign', () => {
  it('writes a key pair, the private half as a secret file that is never printed', async () => {
    const files: Record<string, string> = {};
    const run = await cliWriting(files, 'keygen', '--out', 'dinas');
    expect(run.exit).toBe(0);
    expect(Object.keys(run.written).sort()).toEqual(['dinas.private', 'dinas.public']);
    expect(run.written['dinas.private']?.secret).toBe(true);
    expect(run.written['dinas.public']?.secret).toBe(false);
    const privateKey = files['dinas.private']!.trim();
    const publicKey = files['dinas.public']!.trim();
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(run.out).toContain(publicKey);
    expect(run.out + run.err).not.toContain(privateKey);
  });

  it('never overwrites an existing key', async () => {
    const files: Record<string, string> = { 'dinas.private': 'old' };
    const run = await cli(files, 'keygen', '--out', 'dinas');
    expect(run.exit).toBe(2);
    expect(files['dinas.private']).toBe('old');
    expect(run.err).toMatch(/never overwritten/);
  });

  it('signs a list so that the extension verifies it with the public key, the list text unchanged', async () => {
    const files: Record<string, string> = { 'pilpres.json': PILPRES };
    await cli(files, 'keygen', '--out', 'k');
    const run = await cli(files, 'sign', 'pilpres.json', '--key', 'k.private');
    expect(run).toMatchObject({ exit: 0, out: `pilpres.signed.json: pilpres-2024, version ${CLI_NOW / 1000}, signed` });
    const verified = await verifySignedList(files['pilpres.signed.json']!, files['k.public']!.trim());
    expect(verified).toEqual({ ok: true, sequence: CLI_NOW / 1000, payload: PILPRES });
  });

  it('takes an explicit version and output file, and the result fails under another key', async () => {
    const files: Record<string, string> = { 'pilpres.json': PILPRES };
    await cli(files, 'keygen', '--out', 'a');
    await cli(files, 'keygen', '--out', 'b');
    expect((await cli(files, 'sign', 'pilpres.json', '--key', 'a.private', '--sequence', '42', '--out', 'out.json')).exit).toBe(0);
    expect(await verifySignedList(files['out.json']!, files['a.public']!.trim())).toMatchObject({ ok: true, sequence: 42 });
    expect(await verifySignedList(files['out.json']!, files['b.public']!.trim())).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses to sign a list with problems, naming them, and writes nothing', async () => {
    const broken = PILPRES.replace('"id": "pilpres-2024"', '"id": "Pilpres 2024"');
    const files: Record<string, string> = { 'bad.json': broken };
    await cli(files, 'keygen', '--out', 'k');
    const run = await cli(files, 'sign', 'bad.json', '--key', 'k.private');
    expect(run.exit).toBe(1);
    expect(run.err).toMatch(/^bad\.json:\d+ id: must be 1–64 lowercase letters/);
    expect(files['bad.signed.json']).toBeUndefined();
  });

  it('says what is missing or wrong on the command line', async () => {
    const files: Record<string, string> = { 'pilpres.json': PILPRES, 'k.private': 'bm90IGEga2V5' };
    expect(await cli(files, 'sign', 'pilpres.json')).toMatchObject({ exit: 2, err: expect.stringMatching(/--key/) });
    expect(await cli(files, 'sign', 'pilpres.json', '--key', 'k.private', '--sequence', '1e3')).toMatchObject({
      exit: 2,
      err: expect.stringMatching(/--sequence must be a whole number/),
    });
    expect(await cli(files, 'sign', 'pilpres.json', '--key', 'k.private')).toMatchObject({
      exit: 2,
      err: expect.stringMatching(/^k\.private: not an Ed25519 private key/),
    });
    expect(await cli(files, 'sign', 'l.csv', '--key', 'k.private')).toMatchObject({ exit: 2, err: expect.stringMatching(/csv2json/) });
  });
});
