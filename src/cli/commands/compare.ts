import path from 'node:path';
import { InputError } from '../../model/errors.js';
import { warningsLogger } from '../../model/log.js';
import { compareDirs } from '../../orchestrate/compare.js';
import { writeReportFiles } from '../../report/files.js';
import { renderText } from '../../report/text.js';
import { parseFailOn, parseFlags } from '../args.js';
import type { Command } from '../io.js';
import { USAGES } from '../usage.js';

const USAGE = USAGES.compare;

/** Prints the report on stdout; stderr holds only warnings (a comparison run again, say), or the one line of an input error. */
export const run: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(
    argv,
    {
      accept: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      'fail-on': { type: 'string' },
      connector: { type: 'string' },
      'atf-patches': { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length !== 2) throw new InputError(`expected two snapshot folders\nusage: ${USAGE}`);
  const abs = (p: string | undefined) => (p === undefined ? undefined : path.resolve(io.cwd, p));
  const [baselineDir, candidateDir] = positionals.map((p) => abs(p)!);
  const report = await compareDirs(
    {
      baselineDir,
      candidateDir,
      acceptFile: abs(values.accept),
      acceptFileRequired: values.accept !== undefined,
      failOn: parseFailOn(values['fail-on']),
      connector: values.connector,
      labels: { baseline: positionals[0], candidate: positionals[1] },
      atfPatchesDir: abs(values['atf-patches']),
    },
    warningsLogger(io.err),
  );
  await writeReportFiles(report, { json: abs(values.json), markdown: abs(values.markdown) });
  io.out(renderText(report));
  return report.verdict === 'pass' ? 0 : 1;
};
