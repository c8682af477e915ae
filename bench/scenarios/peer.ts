/**
 * The peer beside us, in one run: Airbyte's acceptance-test backward-compatibility checks through the
 * harness in ../shared/bench/peer-airbyte-cat (its checks, called as CAT calls them), and our
 * `connector-compat compare`, each a whole process, on every shared real pair.
 * Needs PEER_CAT_DIR: a folder holding CAT's backward_compatibility.py (airbytehq/airbyte,
 * airbyte-integrations/bases/connector-acceptance-test/connector_acceptance_test/utils/), fetched
 * by hand and never committed, and /usr/bin/python3 with python3-deepdiff, -jsonschema, -hypothesis.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { emit } from '../lib/measure.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const HARNESS = path.join(SHARED, 'bench/peer-airbyte-cat');
const ESTUARY = path.join(SHARED, 'fixtures/estuary');
const CAT = process.env.PEER_CAT_DIR;
const PYTHON = '/usr/bin/python3';

/** Median wall time of a whole process over `runs` runs after one warm-up, and its last output. */
function timed(command: string, args: string[], runs = 3): { ms: number; out: string } {
  const times: number[] = [];
  let out = '';
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { encoding: 'utf8' });
    out = `${r.stdout}${r.stderr}`;
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!), out };
}

const missing = [
  !CAT && 'PEER_CAT_DIR is not set',
  CAT && !fs.existsSync(path.join(CAT, 'backward_compatibility.py')) && `${CAT}/backward_compatibility.py is missing`,
  !fs.existsSync(HARNESS) && `${HARNESS} is missing`,
  spawnSync(PYTHON, ['-c', 'import deepdiff, jsonschema, hypothesis']).status !== 0 && `${PYTHON} lacks deepdiff, jsonschema or hypothesis`,
].filter(Boolean);
if (missing.length > 0) {
  emit({ pairs: null, reason: missing.join('; ') });
} else {
  const cli = path.join(ROOT, 'dist/cli/index.js');
  const pairs: Record<string, { ours_ms: number; peer_ms: number; ours: string; peer: string }> = {};
  for (const name of fs
    .readdirSync(ESTUARY)
    .filter((n) => fs.existsSync(path.join(ESTUARY, n, 'atf')))
    .sort()) {
    const [atf, imported] = ['atf', 'imported'].map((s) => path.join(ESTUARY, name, s)) as [string, string];
    const ours = timed(process.execPath, [cli, 'compare', atf, imported]);
    const peer = timed(PYTHON, [path.join(HARNESS, 'peer-airbyte-cat.py'), CAT!, path.join(HARNESS, 'peer-stubs'), atf, imported]);
    pairs[name] = {
      ours_ms: ours.ms,
      peer_ms: peer.ms,
      ours: ours.out.split('\n')[0]!,
      peer: /catalog=(\w+)/.exec(peer.out)?.[1] ?? peer.out.trim().split('\n').pop()!,
    };
  }
  emit({ pairs });
}
