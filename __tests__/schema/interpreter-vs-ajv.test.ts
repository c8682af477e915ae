import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/lib/random.js';
import { accepts } from '../../src/schema/evaluate.js';
import { loadDoc } from '../../src/schema/resolve.js';
import { validator } from '../../src/schema/validate.js';

// Random small schemas over every keyword the interpreter reads, and values from a small alphabet
// (a property named `constructor` among them), so that accepted and rejected ones both come up.
const STR = ['', 'a', 'ab', 'abc', '2024-01-01T00:00:00Z', 'x@y.z', '1', 'é', 'A1', '1.50', '-2e3'];
function value(r: Random, d = 0): unknown {
  const k = r.int(0, d > 2 ? 4 : 6);
  if (k === 0) return null;
  if (k === 1) return r.pick([true, false]);
  if (k === 2) return r.pick([0, 1, -1, 2.5, 3, 10, 1e3]);
  if (k === 3 || k === 4) return r.pick(STR);
  if (k === 5) return Array.from({ length: r.int(0, 3) }, () => value(r, d + 1));
  return Object.fromEntries(Array.from({ length: r.int(0, 3) }, () => [r.pick(['a', 'b', 'c', 'constructor']), value(r, d + 1)]));
}
const TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
/** Each adds one keyword (or a group read together) to a schema being built, `d` levels down. */
const KEYWORDS: ((s: Record<string, unknown>, r: Random, d: number) => void)[] = [
  (s, r) => (s.type = r.chance(0.5) ? r.pick(TYPES) : [...new Set([r.pick(TYPES), r.pick(TYPES)])]),
  (s, r) => (s.enum = Array.from({ length: r.int(1, 3) }, () => value(r, 2))),
  (s, r) => (s.const = value(r, 2)),
  (s, r) => (s[r.pick(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])] = r.pick([0, 1, 2.5, 3])),
  (s, r) => (s.multipleOf = r.pick([1, 2, 0.5])),
  (s, r) => (s[r.pick(['minLength', 'maxLength'])] = r.int(0, 3)),
  (s, r) => (s.pattern = r.pick(['^a', 'b$', '[0-9]', '^.{2}$', 'é'])),
  (s, r) => (s.format = r.pick(['date-time', 'email', 'date', 'uri', 'ipv4', 'integer', 'number', 'datetime'])),
  (s, r) => (s.required = [r.pick(['a', 'b', 'constructor'])]),
  (s, r, d) =>
    (s.properties = Object.fromEntries(Array.from({ length: r.int(1, 2) }, () => [r.pick(['a', 'b', 'constructor']), schema(r, d + 1)]))),
  (s, r, d) => (s.additionalProperties = schema(r, d + 1)),
  (s, r, d) => (s.items = schema(r, d + 1)),
  (s, r, d) => (s[r.pick(['anyOf', 'oneOf', 'allOf'])] = Array.from({ length: r.int(1, 3) }, () => schema(r, d + 1))),
  (s, r, d) => (s.not = schema(r, d + 1)),
  (s, r, d) => {
    s.if = schema(r, d + 1);
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own if/then/else keywords
    s.then = schema(r, d + 1);
    if (r.chance(0.5)) s.else = schema(r, d + 1);
  },
  (s, r) => (s[r.pick(['minItems', 'maxItems', 'minProperties', 'maxProperties'])] = r.int(0, 2)),
  (s) => (s.uniqueItems = true),
  (s, r, d) => (s.patternProperties = { [r.pick(['^a', 'b'])]: schema(r, d + 1) }),
];

function schema(r: Random, d = 0): unknown {
  if (d > 2 || r.chance(0.15)) return r.pick([true, false, {}, { type: r.pick(TYPES) }]);
  const s: Record<string, unknown> = {};
  for (let i = r.int(1, 3); i > 0; i--) r.pick(KEYWORDS)(s, r, d);
  return s;
}

describe("the interpreter's verdicts", () => {
  it("are ajv's, on 3,000 random schemas with 5 random values each", () => {
    const r = new Random(11);
    const verdicts = { accepted: 0, rejected: 0 };
    for (let i = 0; i < 3000; i++) {
      const s = schema(r);
      const ajv = validator(s);
      if (!ajv.ok) continue;
      const root = loadDoc(s).root;
      for (let j = 0; j < 5; j++) {
        const x = value(r);
        const verdict = ajv.validate(x);
        verdicts[verdict ? 'accepted' : 'rejected']++;
        expect(accepts(root, x), `${JSON.stringify(s)} ${JSON.stringify(x)}`).toBe(verdict);
      }
    }
    expect(Math.min(verdicts.accepted, verdicts.rejected)).toBeGreaterThan(2000);
  });
});
