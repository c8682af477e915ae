// age key source (age/keysource.go): each `enc` is an armored age file whose plaintext is the
// 32-byte data key. Decrypted natively with age-encryption, post-quantum hybrid identities included;
// loaded on first use, so that runs without an age key do not pay for it.
import { InputError } from '../model/errors.js';
import type { AgeEntry } from './metadata.js';

/**
 * The identities in key-file text: one a line, `#` comments and blank lines skipped
 * (the format of age-keygen output, SOPS_AGE_KEY and SOPS_AGE_KEY_FILE).
 */
export async function parseAgeIdentities(text: string, origin: string): Promise<string[]> {
  const { Decrypter } = await import('age-encryption');
  const identities: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      new Decrypter().addIdentity(line);
    } catch {
      // Never echo the line: it is key material.
      throw new InputError(`line ${i + 1} of ${origin} is not an age identity (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...)`);
    }
    identities.push(line);
  });
  return identities;
}

/**
 * The data key from the first age entry one of the identities opens, or undefined when none of
 * them is a recipient of the file. A malformed `enc` is an error.
 */
export async function ageDataKey(entries: AgeEntry[], identities: string[]): Promise<Uint8Array | undefined> {
  if (identities.length === 0) return undefined;
  const { Decrypter, armor } = await import('age-encryption');
  const decrypter = new Decrypter();
  for (const id of identities) decrypter.addIdentity(id);
  for (const entry of entries) {
    let file: Uint8Array;
    try {
      file = armor.decode(entry.enc);
    } catch {
      throw new InputError(`the age entry for ${entry.recipient} is not an armored age file`);
    }
    try {
      return await decrypter.decrypt(file);
    } catch (err) {
      // The one error that means "not for these identities"; try the next recipient.
      if (err instanceof Error && /no identity matched/.test(err.message)) continue;
      throw new InputError(
        `the age entry for ${entry.recipient} could not be decrypted: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  return undefined;
}
