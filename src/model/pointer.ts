// RFC 6901 JSON pointers.

// Pointers are built and read by the hundred thousand for a catalog; most tokens need no escaping.
export function escapeToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

export const unescapeToken = (t: string): string => (t.includes('~') ? t.replace(/~1/g, '/').replace(/~0/g, '~') : t);

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeToken);
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const t of tokens) out += `/${escapeToken(String(t))}`;
  return out;
}

/** Pointers getAt has parsed: the same few (collection keys) are looked up in every document. Bounded. */
const tokensOf = new Map<string, readonly string[]>();

/** The value at a pointer, or undefined when the path does not exist. */
export function getAt(value: unknown, pointer: string): unknown {
  let tokens = tokensOf.get(pointer);
  if (!tokens) {
    if (tokensOf.size >= 4096) tokensOf.clear();
    tokensOf.set(pointer, (tokens = parsePointer(pointer)));
  }
  let cur = value;
  for (const token of tokens) {
    if (cur === null || typeof cur !== 'object') return undefined;
    // Only a value's own properties are its fields: not `constructor`, `toString` or `__proto__` inherited.
    if (!Object.hasOwn(cur, token)) return undefined;
    cur = (cur as Record<string, unknown>)[token];
  }
  return cur;
}

/** Whether a pointer matches a glob where `*` stands for one token and `**` for any number. */
export function pointerMatches(glob: string, pointer: string): boolean {
  const g = parsePointer(glob);
  const p = parsePointer(pointer);
  const match = (i: number, j: number): boolean => {
    if (i === g.length) return j === p.length;
    if (g[i] === '**') return match(i + 1, j) || (j < p.length && match(i, j + 1));
    return j < p.length && (g[i] === '*' || g[i] === p[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}
