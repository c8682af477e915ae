// dotenv files (stores/dotenv/store.go): one KEY=VALUE a line, `#` comments, metadata as
// `sops_`-prefixed flat keys. Keys and values are kept as written; `\n` in a value is a line feed.
import { InputError } from '../../model/errors.js';
import { Branch, Comment, type SopsDocument } from '../tree.js';
import { unflatten } from './flat.js';

const PREFIX = 'sops_';

export function parseDotenv(text: string): SopsDocument {
  const tree = new Branch();
  const flat: Array<[string, string]> = [];
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    if (line.startsWith('#')) {
      tree.items.push({ key: new Comment(line.slice(1)), value: null });
      return;
    }
    const eq = line.indexOf('=');
    // The line may hold a plaintext value: name only its number.
    if (eq < 1) throw new InputError(`line ${i + 1} of the dotenv file is not KEY=VALUE`);
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    if (key.startsWith(PREFIX)) flat.push([key.slice(PREFIX.length), value]);
    else tree.items.push({ key, value: value.replaceAll('\\n', '\n') });
  });
  return flat.length > 0 ? { tree, metadata: unflatten(flat) } : { tree };
}
