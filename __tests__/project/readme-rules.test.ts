import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/model/rules.js';
import { ROOT } from '../helpers/shared.js';

// Error messages about rules send the user to this table: it must list exactly the rules there are.
describe('the README rule table', () => {
  it('lists every rule with its stage and default severity, and no other', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Rules\n'), readme.indexOf('\n## ', readme.indexOf('\n## Rules\n') + 1));
    // Cells may be padded (the formatter aligns table columns).
    const rows = [...section.matchAll(/^\| `([a-z0-9.-]+)`\s*\| (\w+)\s*\| (\w+)\s*\| (.+?)\s*\|$/gm)];
    expect(rows.map((m) => [m[1], m[2], m[3]])).toEqual(Object.entries(RULES).map(([id, [stage, severity]]) => [id, stage, severity]));
    expect(rows.every((m) => m[4].trim().length > 10)).toBe(true);
  });
});
