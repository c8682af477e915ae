/** The containment corpus through the batch path of schema-subset. */
import fs from 'node:fs';
import { CORPUS, runCorpus } from '../corpus.js';
import { emit, peakRssMb } from '../lib/measure.js';

if (!fs.existsSync(CORPUS)) emit({ corpus_ms: null, reason: `${CORPUS} is missing` });
else {
  const f = await runCorpus();
  emit({ corpus_ms: f.corpus_ms, answered: f.answered, wrong: f.wrong, total: f.total, rss_mb: peakRssMb() });
}
