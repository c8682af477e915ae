import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.js';

const BUNDLE = path.join(ROOT, 'dist/cli/index.js');

describe('demo', () => {
  // From the committed bundle, the way the README says (dist/ is checked against the sources in CI).
  it('runs the example connector live and shows accepted, compatible and breaking differences', async () => {
    const { stdout, stderr } = await promisify(execFile)('node', [BUNDLE, 'demo'], { cwd: ROOT });
    // The report starts with the verdict and its counts; what ran, and its progress, is on stderr.
    expect(stdout.split('\n')[0]).toMatch(/^FAIL: source-example: \d+ breaking changes?, \d+ warnings?, \d+ info, [1-9]\d* accepted$/);
    expect(stderr).toMatch(/^ {2}== baseline: spec$/m);
    expect(stdout).not.toMatch(/==/);
    // Breaking first, then warnings, info counted, accepted last with their reasons.
    const sections = [
      ...stdout.matchAll(/^(Breaking, not accepted|Warnings, to explain in the pull request|Compatible, info|Accepted) \(\d+\):$/gm),
    ];
    expect(sections.map((m) => m[1])).toEqual([
      'Breaking, not accepted',
      'Warnings, to explain in the pull request',
      'Compatible, info',
      'Accepted',
    ]);
    expect(stdout).toMatch(/^ {4}customers \/documentSchema\/properties\/email: field \/email: null no longer accepted/m);
    expect(stdout).toMatch(
      /^ {4}acmeCo\/customers \/phone: field \/phone is missing from 2 of 2 matched documents, e\.g\. the document with key \[1\]/m,
    );
    expect(stdout).toMatch(
      /^Accepted \(2\):\n {2}discover\.key\.changed: 1 finding in 1 binding\n {4}orders \/key: collection key changed: /m,
    );
    expect(stdout).toMatch(/discover\.binding\.added: 1 finding/);
    expect(stdout).toMatch(/Markdown report .*report\.md/);
    // Run live as local commands: the committed snapshots match, and the migration stage ran.
    expect(stdout).not.toMatch(/drift\./);
    expect(stdout).toMatch(/^Migration\s+compatible/m);
    expect(stdout).toMatch(/migration\.state\.reset/);
  });
});
