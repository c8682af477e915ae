// dotenv and INI files keep the `sops` metadata flat (stores/flatten.go): `age__list_0__map_enc`
// stands for age[0].enc, and line feeds in values are written as `\n`.

type Nested = Record<string, unknown> | unknown[];

function tokens(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /__(map|list)_/g;
  let last = 0;
  let kind: 'root' | 'map' | 'list' = 'root';
  const finish = (end: number) => {
    const text = path.slice(last, end);
    out.push(kind === 'list' ? Number.parseInt(text, 10) || 0 : text);
  };
  for (let m = re.exec(path); m; m = re.exec(path)) {
    finish(m.index);
    kind = m[1] === 'list' ? 'list' : 'map';
    last = m.index + m[0].length;
  }
  finish(path.length);
  return out;
}

/** Rebuilds the nested metadata from flat keys (prefix already removed). */
export function unflatten(flat: Array<[string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, raw] of flat) {
    const path = tokens(key);
    // The keys come from the file: never let one reach an object's prototype.
    if (path.some((t) => t === '__proto__' || t === 'constructor' || t === 'prototype')) continue;
    let node: Nested = root;
    path.forEach((token, i) => {
      const next = path[i + 1];
      const slot = node as Record<string | number, unknown>;
      if (next === undefined) {
        slot[token] = raw.replaceAll('\\n', '\n');
        return;
      }
      if (typeof slot[token] !== 'object' || slot[token] === null) slot[token] = typeof next === 'number' ? [] : {};
      node = slot[token] as Nested;
    });
  }
  return root;
}
