// The built CLI (dist/, `npm run build`) in a process of its own, where no test setup has loaded the
// engine's lazy parts: `compare` loads refa when a schema has a pattern and the IDN/IRI format checks
// when one names such a format (schema/load.ts, engineNeeds), so both are decided as with everything
// loaded. Without refa the narrowing below is an extra "could not decide" warning; without the IDN
// checks the candidate's invalid address passes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');

/** Two snapshot folders of one binding whose field `f` has these schemas, and these captured values of it (none: no capture). */
function pair(before: object, after: object, values?: [unknown, unknown]): [string, string] {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-load-'));
  return ([before, after] as const).map((field, i) => {
    const dir = path.join(work, i === 0 ? 'baseline' : 'candidate');
    fs.mkdirSync(dir);
    const documentSchema = { type: 'object', properties: { id: { type: 'integer' }, f: field }, required: ['id'] };
    const binding = { recommendedName: 'items', resourceConfig: { stream: 'items' }, documentSchema, key: ['/id'] };
    fs.writeFileSync(path.join(dir, 'discover.json'), JSON.stringify([binding]));
    if (values) fs.writeFileSync(path.join(dir, 'capture.json'), JSON.stringify([['acmeCo/items', { id: 1, f: values[i] }]]));
    return dir;
  }) as [string, string];
}

const compare = ([baseline, candidate]: [string, string]) => {
  const r = spawnSync(process.execPath, [CLI, 'compare', baseline, candidate], { encoding: 'utf8' });
  expect(r.stderr).not.toMatch(/Error/);
  return r.stdout;
};

describe('compare loads what its schemas need of the engine', () => {
  it('decides a tightened pattern, with its example', () => {
    const out = compare(pair({ type: 'string', pattern: '^[a-z]+$' }, { type: 'string', pattern: '^[a-z]{3}$' }));
    expect(out.split('\n')[0]).toMatch(/^FAIL: .*: 1 breaking change, 0 warnings/);
    expect(out).toContain('pattern tightened: "a" no longer matches');
    expect(out).toContain('{"id":0,"f":"a"}');
    expect(out).not.toContain('discover.schema.unknown');
  });

  it('checks an idn-email format in captured documents', () => {
    const field = { type: 'string', format: 'idn-email' };
    const out = compare(pair(field, field, ['x@example.com', 'no at sign']));
    expect(out).toMatch(/capture\.schema\.violation[\s\S]*must match format "idn-email"/);
    expect(out).toContain('{"id":1,"f":"no at sign"}');
  });
});
