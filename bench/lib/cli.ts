import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const PEAK = path.join(ROOT, 'bench/lib/peak-rss.mjs');

export interface CliRun {
  /** Wall time of the whole process, start-up included. */
  ms: number;
  rss_mb: number;
  findings: number;
  verdict: string;
}

/**
 * `connector-compat compare BASELINE CANDIDATE` as users run it: the built CLI (dist/, `npm run build`)
 * in its own process, timed whole; then once more with a preload that reports its peak RSS (loading
 * the preload costs start-up time, so the timed run goes without it), and the report's findings.
 */
export function cliCompare(baselineDir: string, candidateDir: string): CliRun {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-bench-report-'));
  const json = path.join(dir, 'report.json');
  const run = (preload: string[]) => {
    const r = spawnSync(process.execPath, [...preload, CLI, 'compare', baselineDir, candidateDir, '--json', json], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    // 0 is PASS and 1 FAIL; anything else is an error the figures must not hide.
    if (r.status !== 0 && r.status !== 1) throw new Error(`compare exited with ${r.status}: ${r.stderr.slice(-2000)}`);
    return r.stderr;
  };
  try {
    const start = process.hrtime.bigint();
    run([]);
    const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
    const rss = /peak_rss_mb=(\d+)/.exec(run(['--import', PEAK]));
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { findings: unknown[]; verdict: string };
    return { ms, rss_mb: rss ? Number(rss[1]) : Number.NaN, findings: report.findings.length, verdict: report.verdict };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
