import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.js';

const BUNDLE = path.join(ROOT, 'dist/cli/index.js');

describe('demo', () => {
  // From the committed bundle, the way the README says (dist/ is checked against the sources in CI).
  it('runs the example connector live and shows accepted, compatible and breaking differences', async () => {
    const { stdout } = await promisify(execFile)('node', [BUNDLE, 'demo'], { cwd: ROOT });
    expect(stdout).toMatch(/^verdict: FAIL \(\d+ breaking changes?, .*[1-9]\d* accepted\)/m);
    expect(stdout).toMatch(/BREAKING\s+customers \/documentSchema\/properties\/email: field \/email: null no longer accepted/);
    expect(stdout).toMatch(/discover\.key\.changed: 1 finding in 1 binding, 1 accepted/);
    expect(stdout).toMatch(/discover\.binding\.added: 1 finding/);
    expect(stdout).toMatch(/Markdown report .*report\.md/);
    // Run live as local commands: the committed snapshots match, and the migration stage ran.
    expect(stdout).not.toMatch(/drift\./);
    expect(stdout).toMatch(/^Migration\s+compatible/m);
    expect(stdout).toMatch(/migration\.state\.reset/);
  });
});
