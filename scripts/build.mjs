// Bundles the action (dist/index.js), the CLI (dist/cli/index.js) and the capture worker with ncc, all at once:
// each build is single-threaded, so two in parallel halve the wall time on a 2-core machine.
// ncc type-checks what it bundles; `npm run typecheck` covers the tests and benchmarks too.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');
const builds = [
  ['src/index.ts', '-o', 'dist', '--license', 'licenses.txt'],
  ['src/cli/index.ts', '-o', 'dist/cli'],
  // The worker thread of a capture comparison through bucket files (src/orchestrate/stream-thread.ts).
  ['src/orchestrate/stream-worker.ts', '-o', 'dist/stream-worker'],
];

rmSync('dist', { recursive: true, force: true });
const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [ncc, 'build', ...args, '-q'], { stdio: 'inherit' });
    child.on('close', (code) => resolve({ entry: args[0], code }));
  });
const failed = (await Promise.all(builds.map(run))).filter((r) => r.code !== 0);
for (const f of failed) console.error(`build of ${f.entry} failed (exit ${f.code})`);
process.exit(failed.length ? 1 : 0);
