import { InputError } from '../../model/errors.js';
import { streamLogger } from '../../model/log.js';
import { INPUT_NAMES, type InputName } from '../../model/input-names.js';
import { optionsFromInputs } from '../../plan/inputs.js';
import { runCheck } from '../../orchestrate/check.js';
import { writeReportFiles } from '../../report/files.js';
import { renderText } from '../../report/text.js';
import { parseFlags } from '../args.js';
import type { Command } from '../io.js';
import { USAGES } from '../usage.js';

const USAGE = USAGES.check;

export const run: Command = async (argv, io) => {
  const flags = Object.fromEntries(INPUT_NAMES.map((n) => [n, { type: 'string' as const }]));
  const { values, positionals } = parseFlags(argv, { ...flags, update: { type: 'boolean' } }, USAGE);
  if (positionals.length > 0) throw new InputError(`unexpected argument '${positionals[0]}'\nusage: ${USAGE}`);
  const get = (name: InputName): string | undefined =>
    name === 'mode' && values.update ? 'update' : (values as Record<string, string | undefined>)[name];
  const options = optionsFromInputs(get, { cwd: io.cwd, env: io.env });
  const report = await runCheck(options, { log: streamLogger(io.err) });
  await writeReportFiles(report, { json: options.jsonPath, markdown: options.markdownPath });
  io.out(renderText(report));
  return report.verdict === 'pass' ? 0 : 1;
};
