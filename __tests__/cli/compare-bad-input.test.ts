import { cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/shared.js';

const EXAMPLE = path.join(ROOT, 'fixtures/source-example/.snapshots');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cc-bad-'));
});

async function copyExample(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(path.join(EXAMPLE, 'candidate'), dir, { recursive: true });
  return dir;
}

/** Exit 2, one line on stderr that says what is wrong, no stack trace. */
function expectInputError(result: { code: number; stderr: string; stdout: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('compare: bad input gives exit 2 and one clear line', () => {
  it('a folder that does not exist', async () => {
    const r = await runCli(['compare', path.join(tmp, 'nope'), path.join(EXAMPLE, 'candidate')]);
    expectInputError(r, /nope: no such directory/);
  });

  it('check with a connector folder that does not exist', async () => {
    const r = await runCli(['check', '--connector', path.join(tmp, 'nonexistent')]);
    expectInputError(
      r,
      /^connector-compat check: the connector folder .*nonexistent does not exist: set connector \(--connector\) to the connector's folder/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an empty folder', async () => {
    const empty = path.join(tmp, 'empty');
    await mkdir(empty);
    const r = await runCli(['compare', empty, path.join(EXAMPLE, 'candidate')]);
    expectInputError(r, /empty: no snapshot files found \(expected spec\.json/);
  });

  it('invalid JSON names the file, line and column', async () => {
    const dir = await copyExample('badjson');
    await writeFile(path.join(dir, 'discover.json'), '[\n  {"recommendedName": "a",\n   "key" ["/id"]}\n]\n');
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(r, /badjson\/discover\.json:3:\d+: invalid JSON/);
  });

  it('a discover file of the wrong shape', async () => {
    const dir = await copyExample('badshape');
    await writeFile(path.join(dir, 'discover.json'), JSON.stringify({ bindings: [] }));
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(r, /discover\.json: not a discover snapshot \(an array of discovered bindings\)/);
  });

  it.each([
    ['spec.json', [{ documentationUrl: 'x' }], /spec\.json: not a spec snapshot .*must have required property 'configSchema'/],
    ['capture.json', [{ a: 1 }], /capture\.json: not a capture snapshot \(an array of \[collection, document\] pairs\): \/0 must be array/],
    ['capture.json', [['acmeCo/users', 5]], /capture\.json: not a capture snapshot .*\/0\/1 must be object/],
  ])('a %s of the wrong shape: %j', async (file, content, message) => {
    const dir = await copyExample(`badshape-${file}-${JSON.stringify(content).length}`);
    await writeFile(path.join(dir, file), JSON.stringify(content));
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(r, message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a binding without a key', async () => {
    const dir = await copyExample('nokey');
    await writeFile(path.join(dir, 'discover.json'), JSON.stringify([{ recommendedName: 'a', resourceConfig: {}, documentSchema: {} }]));
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(r, /discover\.json: not a discover snapshot .*\/0 must have required property 'key'/);
  });

  it('an unreadable file (a folder in place of the file, unreadable even for root)', async () => {
    const dir = await copyExample('unreadable-root');
    const file = path.join(dir, 'spec.json');
    await import('node:fs/promises').then((fs) => fs.rm(file));
    await mkdir(file);
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(r, /spec\.json: cannot read/);
  });

  it('a compat.yaml entry without a reason names the file and line', async () => {
    const accept = path.join(tmp, 'compat.yaml');
    await writeFile(
      accept,
      'accept:\n  - rule: discover.key.changed\n    reason: fine\n  - rule: discover.key.changed\n    binding: orders\n',
    );
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), path.join(EXAMPLE, 'candidate'), '--accept', accept]);
    expectInputError(r, /compat\.yaml:4: accept entry has no reason/);
  });

  it('an accept file that does not exist, when named', async () => {
    const r = await runCli([
      'compare',
      path.join(EXAMPLE, 'baseline'),
      path.join(EXAMPLE, 'candidate'),
      '--accept',
      path.join(tmp, 'missing.yaml'),
    ]);
    expectInputError(r, /missing\.yaml: cannot read the accept file: no such file/);
  });

  it('a wrong --fail-on and a missing folder argument', async () => {
    expectInputError(await runCli(['compare', EXAMPLE, EXAMPLE, '--fail-on', 'sometimes']), /--fail-on must be breaking, warning or never/);
    expectInputError(await runCli(['compare', EXAMPLE]), /expected two snapshot folders/);
    expectInputError(await runCli(['compare', EXAMPLE, EXAMPLE, '--frobnicate']), /Unknown option '--frobnicate'/);
  });

  it('leaves the inputs as they were', async () => {
    expect((await readdir(path.join(EXAMPLE, 'candidate'))).sort()).toEqual(['capture.json', 'discover.json', 'spec.json']);
  });
});

describe('compare: depth and encoding limits', () => {
  // As text: JSON.stringify itself gives up on values this deep.
  const nest = (n: number, open: string, leaf: string, close: string) => `${open.repeat(n)}${leaf}${close.repeat(n)}`;

  it('a captured document nested 5,000 levels deep: the file, the place and the limit, never a crash', async () => {
    const dir = await copyExample('deep-doc');
    await writeFile(path.join(dir, 'capture.json'), `[["acmeCo/customers",{"id":1,"d":${nest(5000, '{"x":', '1', '}')}}]]`);
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(r, /deep-doc\/capture\.json:1:\d+: nested deeper than 1000 levels, the limit here$/);
  });

  it('a discovered schema nested 5,000 levels deep', async () => {
    const dir = await copyExample('deep-schema');
    const schema = nest(5000, '{"type":"object","properties":{"x":', '{"type":"string"}', '}}');
    const binding = `{"recommendedName":"customers","resourceConfig":{"stream":"customers"},"key":["/id"],"documentSchema":${schema}}`;
    await writeFile(path.join(dir, 'discover.json'), `[${binding}]`);
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(r, /deep-schema\/discover\.json:1:\d+: nested deeper than 1000 levels, the limit here$/);
  });

  it('a snapshot that is not UTF-8 names the file and the byte', async () => {
    const dir = await copyExample('latin1');
    const spec = Buffer.from('[{"protocol":3032023,"documentationUrl":"caf\xe9","configSchema":{},"resourceConfigSchema":{}}]', 'latin1');
    await writeFile(path.join(dir, 'spec.json'), spec);
    const r = await runCli(['compare', path.join(EXAMPLE, 'baseline'), dir]);
    expectInputError(
      r,
      new RegExp(`latin1/spec\\.json: not valid UTF-8 \\(byte ${spec.indexOf(0xe9)}\\): snapshots and configs must be UTF-8$`),
    );
  });
});

describe('compare: the connector name', () => {
  it.each([
    ['source-front/tests/snapshots', 'source-front-new/tests/snapshots'],
    ['source-front/snapshots', 'source-front-b/snapshots'],
    ['source-front/.snapshots/baseline', 'source-front/.snapshots/candidate'],
    ['source-front/atf', 'source-front/imported'],
  ])('comes from the connector folder of estuary layout %s', async (b, c) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'cc-name-'));
    for (const d of [b, c]) await cp(path.join(EXAMPLE, 'candidate'), path.join(root, d), { recursive: true });
    const r = await runCli(['compare', path.join(root, b), path.join(root, c)]);
    expect(r.stdout).toMatch(/^FAIL: source-front: /);
  });
});
