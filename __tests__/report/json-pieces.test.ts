import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/lib/random.js';
import { compareDirs } from '../../src/orchestrate/compare.js';
import { writeReportFiles } from '../../src/report/files.js';
import { jsonPieces } from '../../src/report/json-pieces.js';
import { randomValue as value } from '../helpers/random-json.js';
import { ROOT } from '../helpers/shared.js';

const pieced = (v: Record<string, unknown>) => [...jsonPieces(v)].join('');

describe('a report written a piece at a time', () => {
  it('is the text JSON.stringify(value, null, 2) gives, for 500 random objects', () => {
    const r = new Random(17);
    for (let n = 0; n < 500; n++) {
      const obj = Object.fromEntries(Array.from({ length: r.int(0, 6) }, (_, i) => [`k${i}`, value(r, 0)]));
      expect(pieced(obj)).toBe(JSON.stringify(obj, null, 2));
    }
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', () => {
    const obj = { a: undefined, b: [undefined, () => 1, 1], c: () => 2, d: [], e: {}, f: new Date(0) };
    expect(pieced(obj)).toBe(JSON.stringify(obj, null, 2));
    expect(pieced({})).toBe('{}');
    expect(pieced({ a: undefined })).toBe('{}');
  });

  it('is the file writeReportFiles writes for a real report, and for one past a write', async () => {
    const example = path.join(ROOT, 'fixtures/source-example/.snapshots');
    const report = await compareDirs({
      baselineDir: path.join(example, 'baseline'),
      candidateDir: path.join(example, 'candidate'),
      acceptFileRequired: false,
      failOn: 'breaking',
    });
    expect(report.findings.length).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'json-pieces-'));
    // Enough findings for several writes of 1 MiB.
    const big = { ...report, findings: Array.from({ length: 30_000 }, (_, i) => report.findings[i % report.findings.length]!) };
    for (const [name, r] of [
      ['small', report],
      ['big', big],
    ] as const) {
      const file = path.join(dir, 'nested', `${name}.json`);
      await writeReportFiles(r, { json: file });
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toBe(`${JSON.stringify(r, null, 2)}\n`);
      if (name === 'big') expect(text.length).toBeGreaterThan(2 * (1 << 20));
    }
    fs.rmSync(dir, { recursive: true });
  });
});
