import { describe, expect, it } from 'vitest';
import { ERRATA, runCorpus } from '../../bench/corpus.js';
import { validator } from '../../src/schema/validate.js';

import { needsShared } from '../helpers/shared.js';

function check(schema: unknown, instance: unknown): boolean {
  const v = validator(schema);
  if (!v.ok) throw new Error(v.error);
  return v.validate(instance);
}

describe.skipIf(!needsShared('containment corpus', 'corpora/json-schema-containment'))(
  'JSON Schema containment corpus (draft7), through the batch path',
  () => {
    it('answers at least 98% definitely, never wrongly, and every not-subset carries a witness ajv confirms', async () => {
      const f = await runCorpus();
      const pct = (100 * f.answered) / f.total;
      console.log(
        `corpus: ${f.total} questions, ${f.answered} answered (${pct.toFixed(1)}%), ${f.wrong} wrong, ${f.disputed.length} corpus errata, ${f.corpus_ms} ms`,
      );
      for (const w of f.wrongs) console.log(`wrong: ${w.id}: expected ${w.expected}, got ${JSON.stringify(w.answer)}`);
      expect(f.total).toBe(3418);
      expect(f.wrongs.map((w) => w.id)).toEqual([]);
      expect(pct).toBeGreaterThanOrEqual(98);
      for (const r of f.results.filter((x) => x.answer.result === 'not-subset')) {
        expect(check(r.a, r.answer.witness), r.id).toBe(true);
        expect(check(r.b, r.answer.witness), r.id).toBe(false);
      }
    });

    it('differs from the corpus only on documented errata, each refuted by an instance ajv checks', async () => {
      const f = await runCorpus();
      for (const d of f.disputed) {
        expect(ERRATA[d.id]).toBeTruthy();
        if (d.answer.result === 'not-subset') {
          // The corpus says A ⊆ B; the witness is valid under A and invalid under B.
          expect(check(d.a, d.answer.witness)).toBe(true);
          expect(check(d.b, d.answer.witness)).toBe(false);
        } else {
          // The corpus says A ⊄ B for A = {const: c}; c itself is valid under B.
          expect(d.a).toHaveProperty('const');
          expect(check(d.b, (d.a as { const: unknown }).const)).toBe(true);
        }
      }
    });
  },
);
