/**
 * A live check (spec and discover on both sides, as images, concurrently) against the slower
 * side's bare `docker run --rm -i` of the same operations, one after the other.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src/model/log.js';
import { DEFAULT_CAPTURE, DEFAULT_TIMEOUTS, type Options } from '../../src/model/options.js';
import { runCheck } from '../../src/orchestrate/check.js';
import { discoverRequest, specRequest } from '../../src/run/protocol.js';
import { buildImages, dockerAvailable } from '../lib/images.js';
import { emit } from '../lib/measure.js';

const ROUNDS = 3;

function dockerRun(image: string, request: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', ['run', '--rm', '-i', '--network', 'none', image], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docker run ${image} exited with ${code}`))));
    child.stdin.end(`${JSON.stringify(request)}\n`);
  });
}

async function bare(image: string): Promise<number> {
  const start = performance.now();
  await dockerRun(image, specRequest('IMAGE'));
  await dockerRun(image, discoverRequest('IMAGE', {}));
  return performance.now() - start;
}

function options(baseline: string, candidate: string): Options {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-bench-live-'));
  return {
    connectorDir: dir,
    connector: 'source-fake',
    env: {},
    memory: '1g',
    baseline: { kind: 'image', image: baseline },
    candidate: { kind: 'image', image: candidate },
    snapshotsDir: path.join(dir, '.snapshots'),
    mode: 'check',
    stages: ['spec', 'discover'],
    failOn: 'never',
    acceptFileRequired: false,
    approveLabel: 'compat:approved',
    comment: false,
    cacheImages: false,
    pull: 'missing',
    protocol: 'auto',
    network: 'none',
    logLevel: 'info',
    timeouts: DEFAULT_TIMEOUTS,
    capture: DEFAULT_CAPTURE,
  };
}

if (!dockerAvailable()) {
  emit({ ratio: null, reason: 'no Docker engine' });
} else {
  const images = buildImages(['slow', 'good']);
  const opts = options(images.slow!, images.good!);
  // Warm-up: the first container start pays for the engine's caches.
  await bare(images.slow!);
  let slower = Infinity;
  let live = Infinity;
  try {
    for (let i = 0; i < ROUNDS; i++) {
      slower = Math.min(slower, Math.max(await bare(images.slow!), await bare(images.good!)));
      const start = performance.now();
      const report = await runCheck(opts, { log: silentLogger });
      live = Math.min(live, performance.now() - start);
      const errors = report.stages.filter((s) => s.status === 'error');
      if (errors.length) throw new Error(`live check failed: ${JSON.stringify(errors)}`);
    }
  } finally {
    fs.rmSync(opts.connectorDir, { recursive: true, force: true });
  }
  emit({ ratio: Math.round((live / slower) * 100) / 100, live_ms: Math.round(live), bare_ms: Math.round(slower) });
}
