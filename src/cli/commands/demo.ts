import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../model/errors.js';
import { streamLogger } from '../../model/log.js';
import { runCheck } from '../../orchestrate/check.js';
import type { InputName } from '../../model/input-names.js';
import { optionsFromInputs } from '../../plan/inputs.js';
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

/**
 * The whole check on the example connector, live: both variants run as local commands (no
 * Docker), compared with the committed snapshots and with each other. It works on a copy, so
 * the checkout is never changed.
 */
export const run: Command = async (_argv, io) => {
  const source = exampleConnectorDir();
  const work = await mkdtemp(path.join(os.tmpdir(), 'connector-compat-demo-'));
  const dir = path.join(work, 'source-example');
  await cp(source, dir, { recursive: true });
  // What runs and its progress go to stderr; the report, verdict first, to stdout.
  io.err(`connector-compat demo: the example connector from ${path.relative(io.cwd, source) || source}\n`);
  io.err('  baseline  = `node connector.mjs baseline` (behaves like an ATF image)\n');
  io.err('  candidate = `node connector.mjs candidate` (behaves like its CDK import)\n');
  io.err('  accepted differences: .snapshots/compat.yaml\n\n');
  const inputs: Partial<Record<InputName, string>> = {
    connector: dir,
    'baseline-command': `"${process.execPath}" connector.mjs baseline`,
    'candidate-command': `"${process.execPath}" connector.mjs candidate`,
    // The example connector polls forever once caught up, like an estuary-cdk one: a short idle bound ends its captures.
    'capture-idle': '2',
    json: path.join(work, 'report.json'),
    markdown: path.join(work, 'report.md'),
  };
  const options = optionsFromInputs((name) => inputs[name], { cwd: io.cwd, env: {} });
  const report = await runCheck(options, { log: streamLogger((t) => io.err(`  ${t}`)) });
  await writeReportFiles(report, { json: options.jsonPath, markdown: options.markdownPath });
  io.err('\n');
  io.out(renderText(report));
  io.out(`\nThe example has breaking changes on purpose, so its verdict is ${report.verdict.toUpperCase()}.\n`);
  io.out(`JSON report: ${options.jsonPath}\nMarkdown report (job summary and pull request section): ${options.markdownPath}\n`);
  return 0;
};
