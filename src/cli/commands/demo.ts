import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { InputError } from '../../model/errors.js';
import { compareDirs } from '../../orchestrate/compare.js';
import { writeReportFiles } from '../../report/files.js';
import { renderText } from '../../report/text.js';
import type { Command } from '../io.js';

/** The bundled example connector: beside src/ in a checkout, beside dist/ in the bundle. */
export function exampleConnectorDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ['../../..', '../..', '..']) {
    const dir = path.resolve(here, up, 'fixtures', 'source-example');
    if (existsSync(dir)) return dir;
  }
  throw new InputError('the example connector (fixtures/source-example) is not beside this installation');
}

export const run: Command = async (_argv, io) => {
  const dir = exampleConnectorDir();
  const snapshots = path.join(dir, '.snapshots');
  io.out(`connector-compat demo: checking the example connector in ${path.relative(io.cwd, dir) || dir}\n`);
  io.out('  baseline = its ATF-style outputs, candidate = its CDK import; accepted differences in .snapshots/compat.yaml\n\n');
  const report = await compareDirs({
    baselineDir: path.join(snapshots, 'baseline'),
    candidateDir: path.join(snapshots, 'candidate'),
    acceptFile: path.join(snapshots, 'compat.yaml'),
    acceptFileRequired: true,
    failOn: 'breaking',
    connector: 'source-example',
    labels: { baseline: 'source-example baseline', candidate: 'source-example candidate' },
  });
  const out = await mkdtemp(path.join(os.tmpdir(), 'connector-compat-demo-'));
  const files = await writeReportFiles(report, { json: path.join(out, 'report.json'), markdown: path.join(out, 'report.md') });
  io.out(renderText(report));
  io.out(`\nThe example has breaking changes on purpose, so its verdict is ${report.verdict.toUpperCase()}.\n`);
  io.out(`JSON report: ${files.json}\nMarkdown report (job summary and pull request section): ${files.markdown}\n`);
  return 0;
};
