// The sops fixtures in ../shared (read in place), and the data keys of the PGP ones.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { needsShared, sharedPath } from '../helpers/shared.js';

export const SOPS_FIXTURES = sharedPath('fixtures/sops');
/** Whether the sops fixtures are here for `suite` (one line says so when they are not). */
export const haveSops = (suite: string) => needsShared(suite, 'fixtures/sops');

export const fixture = (rel: string) => path.join(SOPS_FIXTURES, rel);
export const read = (rel: string) => fs.readFileSync(fixture(rel), 'utf8');

function hasGpg(): boolean {
  try {
    execFileSync('gpg', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
export const gpgAvailable = hasGpg();

/** The armored PGP message of a file's first `pgp` entry, from any of the stores. */
function pgpMessage(text: string): string {
  const triple = /"""(-----BEGIN PGP MESSAGE-----[\s\S]*?)"""/.exec(text);
  if (triple) return triple[1]!;
  const flat = /pgp__list_0__map_enc\s*=\s*(.*)/.exec(text);
  if (flat) return flat[1]!.replaceAll('\\n', '\n');
  throw new Error('no pgp entry');
}

/**
 * The 32-byte data key of a pgp-getsops file: from DATA_KEYS.derived.json, or (for the files it
 * does not list: the dotenv and INI ones) by decrypting the file's pgp entry with the sops test key.
 */
export function pgpDataKey(file: string): Buffer {
  const known = JSON.parse(read('pgp-getsops/DATA_KEYS.derived.json')) as Record<string, string>;
  if (known[file]) return Buffer.from(known[file], 'hex');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gnupg-'));
  try {
    const env = { ...process.env, GNUPGHOME: home };
    execFileSync('gpg', ['--batch', '--quiet', '--import', fixture('pgp-getsops/sops_functional_tests_key.asc')], { env, stdio: 'ignore' });
    return execFileSync('gpg', ['--batch', '--quiet', '--decrypt'], { env, input: pgpMessage(read(`pgp-getsops/${file}`)) });
  } finally {
    try {
      execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: home }, stdio: 'ignore' });
    } catch {
      // no agent was started
    }
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/**
 * A file's text with edits applied, written to a temp dir for tamper tests; named `tampered.<ext>`
 * so that the store is the same and the path (which messages show) holds no fixture value.
 */
export function tampered(rel: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sops-tamper-'));
  const out = path.join(dir, `tampered${path.extname(rel)}`);
  const before = read(rel);
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${rel}`);
  fs.writeFileSync(out, after);
  return out;
}
