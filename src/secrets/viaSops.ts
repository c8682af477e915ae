// Decryption through the real `sops` binary: its JSON output, mapped back onto the encrypted
// document to learn which values were secret.
import { InputError } from '../model/errors.js';
import { isEncrypted } from './cipher.js';
import { configOf, type Decrypted } from './decrypt.js';
import type { SopsMetadata } from './metadata.js';
import type { SopsBinary } from './sopsBinary.js';
import type { StoreFormat } from './stores/index.js';
import { parseYaml } from './stores/yaml.js';
import { Branch, Comment, type TreeValue } from './tree.js';

/** sops could not reach the data key (no credentials, no matching key): the caller skips, not fails. */
export class NoKeyError extends Error {
  override name = 'NoKeyError';
}

/** Text of the leaves that are encrypted in `encrypted`, read at the same place in `plain`. */
function secretsAt(encrypted: TreeValue, plain: TreeValue, out: Set<string>): void {
  if (encrypted instanceof Branch && plain instanceof Branch) {
    const byKey = new Map(plain.items.map((i) => [i.key, i.value] as const));
    for (const { key, value } of encrypted.items) {
      if (typeof key === 'string' && byKey.has(key)) secretsAt(value, byKey.get(key)!, out);
    }
  } else if (Array.isArray(encrypted) && Array.isArray(plain)) {
    const values = (l: TreeValue[]) => l.filter((v) => !(v instanceof Comment));
    const p = values(plain);
    for (const [i, v] of values(encrypted).entries()) if (i < p.length) secretsAt(v, p[i]!, out);
  } else if (isEncrypted(encrypted) && plain !== null && !(plain instanceof Comment) && typeof plain !== 'object') {
    if (plain !== '') out.add(String(plain));
  }
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? 'no message').slice(0, 300);
}

export async function decryptViaSops(
  sops: SopsBinary,
  file: string,
  format: StoreFormat,
  env: NodeJS.ProcessEnv,
  encrypted: Branch,
  meta: SopsMetadata,
): Promise<Decrypted> {
  let out: string;
  try {
    out = await sops.decrypt(file, format, env);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/MAC mismatch|verify data integrity/i.test(message)) {
      throw new InputError('MAC mismatch reported by sops: the file was changed after sops encrypted it; re-encrypt it with sops');
    }
    if (/data key|no key|could not (decrypt|retrieve|get)|credentials|permission|unauthenticated|forbidden/i.test(message)) {
      throw new NoKeyError(`sops could not get the data key: ${lastLine(message)}`);
    }
    throw new InputError(`sops --decrypt failed: ${lastLine(message)}`);
  }
  const plain = parseYaml(out).tree;
  const secrets = new Set<string>();
  secretsAt(encrypted, plain, secrets);
  return { ...configOf(plain, meta), secrets: [...secrets] };
}
