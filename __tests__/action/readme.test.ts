import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/model/input-names.js';
import { ROOT } from '../helpers/shared.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The rows of the first table under a heading: first cell's code name, second cell's code value. */
function tableUnder(heading: string): Map<string, string> {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no '${heading}' section`);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows = lines.slice(
    first + 2,
    lines.findIndex((l, i) => i > first && !l.startsWith('|')),
  );
  const code = (cell: string | undefined) => cell?.trim().match(/^`(.*)`$/)?.[1] ?? cell?.trim() ?? '';
  return new Map(rows.map((row) => row.split(/(?<!\\)\|/).slice(1, 3)).map(([name, second]) => [code(name), code(second)]));
}

describe('README and action.yml', () => {
  it('list the same inputs with the same defaults', () => {
    const documented = tableUnder('### Inputs');
    const declared = new Map(Object.entries(action.inputs).map(([name, i]) => [name, i.default === undefined ? '' : String(i.default)]));
    expect([...documented.keys()].sort()).toEqual([...declared.keys()].sort());
    for (const [name, value] of declared) expect(documented.get(name), `default of ${name}`).toBe(value);
  });

  it('list the same outputs, which are the ones design.md names', () => {
    const documented = [...tableUnder('### Outputs').keys()].sort();
    expect(documented).toEqual(Object.keys(action.outputs).sort());
    expect(documented).toEqual(['breaking-count', 'markdown-path', 'report-path', 'verdict', 'warning-count']);
  });

  it('action.yml declares every input the options read, except the CLI-only file flags', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(INPUT_NAMES.filter((n) => n !== 'json' && n !== 'markdown').sort());
  });
});
