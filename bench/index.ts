/**
 * `npm run bench [-- --json] [-- --only startup,catalog,pairs,corpus,capture,live,peer]`
 * (`peer` needs PEER_CAT_DIR: see bench/scenarios/peer.ts)
 *
 * Runs each scenario in its own node process (so that each peak RSS is the scenario's own) and
 * prints one `name: value unit` line per figure; with --json, the last line is one JSON object
 * holding every figure. Inputs are generated with fixed seeds into a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { captureBindings, writeCaptures } from './lib/captures.js';
import { writeCatalog } from './lib/catalog.js';
import { runScenario } from './lib/measure.js';

const SCENARIOS = ['startup', 'catalog', 'pairs', 'corpus', 'capture', 'live', 'peer'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string' } } });
const only = new Set((values.only?.split(',') ?? SCENARIOS).map((s) => s.trim()));
for (const s of only)
  if (!(SCENARIOS as readonly string[]).includes(s)) throw new Error(`unknown scenario ${s}; known: ${SCENARIOS.join(', ')}`);

const figures: Record<string, number | null> = {};
function figure(name: string, value: number | null, unit: string): void {
  figures[name] = value;
  console.log(`${name}: ${value ?? 'n/a'}${value === null ? '' : ` ${unit}`}`);
}

interface Measured {
  ms: number;
  rss_mb: number;
  findings: number;
}

/** Best time and worst peak RSS of a few runs: the machine's noise only ever adds time. */
async function best(runs: number, name: string, args: string[]): Promise<Measured> {
  const all: Measured[] = [];
  for (let i = 0; i < runs; i++) all.push(await runScenario<Measured>(name, args));
  return { ms: Math.min(...all.map((m) => m.ms)), rss_mb: Math.max(...all.map((m) => m.rss_mb)), findings: all[0]!.findings };
}

/** The figures of a scenario run on generated files, which are removed once measured. */
function measuredOnFiles(name: string, m: Measured, inputs: string, bytes: number, dir: string): void {
  figure(`${name}_ms`, m.ms, 'ms');
  figure(`${name}_rss_mb`, m.rss_mb, 'MB');
  figure(`${name}_findings`, m.findings, 'findings');
  figure(`${name}_${inputs}_mb`, Math.round(bytes / 2 ** 20), 'MB');
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Median wall time of a whole process, over `runs` runs after one warm-up (which fills Node's compile cache). */
function processMs(args: string[], runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-bench-'));
const wants = (s: Scenario) => only.has(s);
try {
  if (wants('startup')) {
    // The CLI bundle as users run it: --help, and compare on two empty folders (an input error).
    const cli = path.resolve(import.meta.dirname, '../dist/cli/index.js');
    const empty = [fs.mkdtempSync(path.join(work, 'a-')), fs.mkdtempSync(path.join(work, 'b-'))];
    const node = processMs(['-e', '0']);
    figure('node_start_ms', node, 'ms');
    figure('cli_start_ms', processMs([cli, '--help']), 'ms');
    figure('cli_compare_empty_ms', processMs([cli, 'compare', ...empty]), 'ms');
    figure('cli_start_ratio', Math.round((figures.cli_start_ms! / node) * 100) / 100, 'x node -e 0');
  }
  if (wants('catalog')) {
    // The catalog (spec and discovery), then the same catalog with one captured document per binding on each side.
    for (const [name, docsPerBinding] of [
      ['catalog1000', 0],
      ['catalog1000_capture', 1],
    ] as const) {
      const catalog = writeCatalog(path.join(work, name), { bindings: 1000, properties: 300, docsPerBinding, seed: 42 });
      measuredOnFiles(
        name,
        await best(3, 'compare-dirs', [catalog.baselineDir, catalog.candidateDir]),
        'snapshot',
        catalog.bytes,
        path.join(work, name),
      );
    }
  }
  if (wants('pairs')) {
    const r = await runScenario<{ pairs: Record<string, { ms: number }> | null; rss_mb?: number }>('pairs');
    for (const [name, p] of Object.entries(r.pairs ?? {})) figure(`pair_${name.replace(/^source-/, '').replace(/-/g, '_')}_ms`, p.ms, 'ms');
    const times = Object.values(r.pairs ?? {}).map((p) => p.ms);
    figure('pairs_max_ms', times.length ? Math.max(...times) : null, 'ms (whole process)');
    if (figures.node_start_ms && times.length)
      figure('pairs_max_ratio', Math.round((Math.max(...times) / figures.node_start_ms) * 100) / 100, 'x node -e 0');
    figure('pairs_rss_mb', r.rss_mb ?? null, 'MB');
  }
  if (wants('corpus')) {
    const r = await runScenario<{ corpus_ms: number | null; answered?: number; wrong?: number; total?: number }>('corpus');
    figure('corpus_ms', r.corpus_ms, 'ms');
    figure('corpus_answered', r.answered ?? null, `of ${r.total ?? '?'} questions`);
    figure('corpus_wrong', r.wrong ?? null, 'answers');
  }
  if (wants('capture')) {
    // As `compare` runs them: two snapshot folders, each a discovery and a capture file streamed into
    // buckets (the 1M candidate in JSON lines). The floor: the same two files read and JSON.parsed, nothing else.
    for (const [name, documents] of [
      ['capture10k', 10_000],
      ['capture100k', 100_000],
      ['capture1m', 1_000_000],
    ] as const) {
      const dirs = ['baseline', 'candidate'].map((side) => path.join(work, name, side));
      const files = writeCaptures(path.join(work, name, 'files'), { documents, seed: 7, candidateLines: documents === 1_000_000 });
      for (const [side, dir, file] of [
        ['baseline', dirs[0]!, files.baseline],
        ['candidate', dirs[1]!, files.candidate],
      ] as const) {
        fs.mkdirSync(dir, { recursive: true });
        fs.renameSync(file, path.join(dir, 'capture.json'));
        // Each side's discovered bindings: their keys pair the documents, their schemas judge them.
        fs.writeFileSync(path.join(dir, 'discover.json'), JSON.stringify(captureBindings(side)));
      }
      if (documents === 1_000_000) {
        const floor = await runScenario<Measured>(
          'parse-floor',
          dirs.map((d) => path.join(d, 'capture.json')),
        );
        figure('capture1m_floor_ms', floor.ms, 'ms (read and JSON.parse only)');
      }
      measuredOnFiles(name, await runScenario<Measured>('compare-dirs', dirs), 'files', files.bytes, path.join(work, name));
    }
    figure('capture1m_floor_ratio', Math.round((figures.capture1m_ms! / figures.capture1m_floor_ms!) * 100) / 100, 'x the floor');
  }
  if (wants('peer')) {
    type Pair = { ours_ms: number; peer_ms: number; ours: string; peer: string };
    const r = await runScenario<{ pairs: Record<string, Pair> | null; reason?: string }>('peer');
    if (!r.pairs) console.log(`peer: skipped: ${r.reason}`);
    for (const [name, p] of Object.entries(r.pairs ?? {})) {
      const short = name.replace(/^source-/, '').replace(/-/g, '_');
      figure(`peer_${short}_ms`, p.peer_ms, `ms (Airbyte CAT checks: ${p.peer})`);
      figure(`ours_${short}_ms`, p.ours_ms, `ms (${p.ours})`);
    }
    const ratios = Object.values(r.pairs ?? {}).map((p) => p.ours_ms / p.peer_ms);
    figure(
      'peer_ratio_max',
      ratios.length ? Math.round(Math.max(...ratios) * 100) / 100 : null,
      'x (ours / peer, whole process, worst pair)',
    );
  }
  if (wants('live')) {
    const r = await runScenario<{ ratio: number | null; live_ms?: number; bare_ms?: number }>('live');
    figure('live_overhead_ratio', r.ratio, 'x');
    figure('live_check_ms', r.live_ms ?? null, 'ms');
    figure('live_bare_slower_side_ms', r.bare_ms ?? null, 'ms');
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
if (values.json) console.log(JSON.stringify(figures));
