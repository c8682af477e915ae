import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { ROOT } from '../helpers/shared.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-subset-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir, env: {} };
  const code = await main(['schema-subset', ...argv], io);
  return { code, out, err };
}

describe('connector-compat schema-subset', () => {
  const a = write('a.json', { type: 'object', properties: { id: { type: 'integer' } } });
  const b = write('b.json', { type: 'object', properties: { id: { type: 'string' } } });

  it('prints the answer on the first line and the witness on the second', async () => {
    expect(await cli(a, a)).toMatchObject({ code: 0, out: 'subset\n' });
    const r = await cli(a, b, '--witness');
    expect(r.code).toBe(0);
    const [first, second] = r.out.trimEnd().split('\n');
    expect(first).toBe('not-subset');
    expect(JSON.parse(second!)).toHaveProperty('id');
    expect(r.err).toContain('integer no longer accepted');
  });

  it('answers a whole batch in order, one JSON line each', async () => {
    const lines = [
      { a: { type: 'integer' }, b: { type: 'number' } },
      { a: { type: 'number' }, b: { type: 'integer' } },
      { a: { type: 'string', pattern: '^a' }, b: { type: 'string', pattern: '^b' } },
    ];
    const file = write('q.jsonl', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const r = await cli('--batch', file);
    expect(r.code).toBe(0);
    const out = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.result)).toEqual(['subset', 'not-subset', expect.stringMatching(/not-subset|unknown/)]);
    expect(typeof out[1].witness).toBe('number');
    expect(out[1].reason).toBeTruthy();
  });

  it('exits 2 with one clear line on bad input', async () => {
    const missing = await cli('nope.json', b);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('connector-compat schema-subset: nope.json: cannot read: no such file\n');
    const broken = write('broken.json', '{\n  "type": "object",\n  "properties": }\n');
    const bad = await cli(broken, b);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^connector-compat schema-subset: broken\.json:3:\d+: invalid JSON/);
    const notPair = write('bad.jsonl', '{"a": {}, "b": {}}\n{"x": 1}\n');
    const batch = await cli('--batch', notPair);
    expect(batch).toMatchObject({ code: 2, out: '' });
    expect(batch.err).toContain('bad.jsonl:2: each line must be an object {"a": SCHEMA, "b": SCHEMA}');
  });

  it('answers unknown for an invalid schema rather than failing', async () => {
    const bad = write('bad-type.json', { type: 'date-time' });
    const r = await cli(bad, b);
    expect(r).toMatchObject({ code: 0, out: 'unknown\n' });
    expect(r.err).toContain('schema A is invalid');
  });
});

describe('the bundled CLI, as a user runs it', () => {
  // A fresh process: nothing of this test run has loaded the engine's lazily loaded parts for it.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'schema-subset', ...args], { cwd: dir, encoding: 'utf8' });

  it('decides pattern containment with a witness', () => {
    const narrow = write('narrow.json', { type: 'string', pattern: '^[a-z]+$' });
    const wide = write('wide.json', { type: 'string', pattern: '^[a-z0-9]+$' });
    expect(run(narrow, wide).stdout).toBe('subset\n');
    const back = run(wide, narrow, '--witness');
    expect(back.stdout.split('\n')[0]).toBe('not-subset');
    expect(JSON.parse(back.stdout.split('\n')[1]!)).toMatch(/^[a-z0-9]*[0-9][a-z0-9]*$/);
  });

  it('checks idn-hostname, idn-email, iri and iri-reference, and prints nothing but the answers', () => {
    // Cases from the JSON Schema test suite's draft7 optional/format files, as the containment corpus asks them.
    const hostnames = ['실례.테스트', 'xn--ihqwcrb4cv8a8dqg056pqjye', 'l·l', 'क्‍ष'];
    const questions = [
      { a: { enum: hostnames }, b: { format: 'idn-hostname' } },
      // U+302E is DISALLOWED (RFC 5892 2.6); a MIDDLE DOT needs an 'l' on both sides (RFC 5892 A.3).
      { a: { enum: [...hostnames, '실〮례.테스트'] }, b: { format: 'idn-hostname' } },
      { a: { enum: ['a·l'] }, b: { format: 'idn-hostname' } },
      { a: { const: '실례@실례.테스트' }, b: { format: 'idn-email' } },
      { a: { const: '2962' }, b: { format: 'idn-email' } },
      { a: { const: 'http://ƒøø.ßår/?∂éœ=πîx#πîüx' }, b: { format: 'iri' } },
      { a: { const: '/âππ' }, b: { format: 'iri' } },
      { a: { const: '/âππ' }, b: { format: 'iri-reference' } },
      { a: { type: 'string' }, b: { type: 'string', format: 'idn-hostname' } },
    ];
    const file = write('idn.jsonl', `${questions.map((q) => JSON.stringify(q)).join('\n')}\n`);
    const r = run('--batch', file);
    expect(r.status).toBe(0);
    const answers = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((x) => x.result)).toEqual([
      'subset',
      'not-subset',
      'not-subset',
      'subset',
      'not-subset',
      'subset',
      'not-subset',
      'subset',
      'not-subset',
    ]);
    expect(answers[1].witness).toBe('실〮례.테스트');
    expect(answers[2].witness).toBe('a·l');
    expect(answers[8].reason).toContain('idn-hostname');
  });
});
