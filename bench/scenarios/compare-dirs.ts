/** One offline comparison of two snapshot folders, as users run `connector-compat compare`: whole-process time and peak RSS. */
import { cliCompare } from '../lib/cli.js';
import { emit } from '../lib/measure.js';

const [baselineDir, candidateDir] = process.argv.slice(2);
if (!baselineDir || !candidateDir) throw new Error('usage: compare-dirs.ts BASELINE_DIR CANDIDATE_DIR');
emit({ ...cliCompare(baselineDir, candidateDir) });
