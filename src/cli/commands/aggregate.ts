import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../model/errors.js';
import { aggregateMarkdown, blocks, parseReport } from '../../report/aggregate.js';
import { parseFlags } from '../args.js';
import type { Command } from '../io.js';
import { USAGES } from '../usage.js';

const USAGE = USAGES.aggregate;

/** Many connectors' reports (one per matrix job) as one summary table; exit 1 while any still fails. */
export const run: Command = async (argv, io) => {
  const { values, positionals } = parseFlags(argv, { markdown: { type: 'string' } }, USAGE);
  if (positionals.length === 0) throw new InputError(`name at least one report file\nusage: ${USAGE}`);
  const reports = await Promise.all(
    positionals.map(async (file) => {
      const text = await readFile(path.resolve(io.cwd, file), 'utf8').catch(() => {
        throw new InputError(`${file}: cannot read the report file`);
      });
      return { file, report: parseReport(text, file) };
    }),
  );
  const markdown = aggregateMarkdown(reports);
  if (values.markdown) {
    const out = path.resolve(io.cwd, values.markdown);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, markdown);
  }
  io.out(markdown);
  return reports.some((r) => blocks(r.report)) ? 1 : 0;
};
