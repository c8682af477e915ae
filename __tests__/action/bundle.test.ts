// The bundled action (dist/index.js, built by `npm run build`) run as the runner runs it: inputs as
// INPUT_* variables, the job summary and outputs in files. The baseline is pulled from the local
// registry, the candidate is a `:local` image; the endpoint config is sops age-encrypted and both
// connectors echo the config they receive (to stderr and into documents).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { describeDocker, testImages } from '../helpers/docker.js';
import { ROOT } from '../helpers/shared.js';
import { AGE_KEY, CONNECTOR, encryptedConfig, filesContaining, workspace, type Workspace } from '../orchestrate/workspace.js';

const BUNDLE = path.join(ROOT, 'dist/index.js');
// Unique, and with characters JSON escapes: a connector printing its config as JSON shows it escaped.
const MARKER = `marker-${randomUUID()}`;
const SECRET = `${MARKER}"quoted\\`;
const ECHO = { COMPAT_FAKE_ECHO: '1' };

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** `GITHUB_OUTPUT` as @actions/core writes it: `name<<DELIMITER`, the value, `DELIMITER`; the last value wins. */
function parseOutputs(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1]!, m[3]!]));
}

/** Runs the bundle in a clean environment: nothing of this process's GitHub variables leaks in. */
function runAction(ws: Workspace, inputs: Record<string, string>): Promise<ActionRun> {
  const files = { summary: path.join(ws.root, 'summary.md'), output: path.join(ws.root, 'output.txt') };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const tmp = path.join(ws.root, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    // Anything the action writes to a temp folder lands in the workspace, where the test looks for the secret.
    TMPDIR: tmp,
    RUNNER_TEMP: path.join(ws.root, 'runner-temp'),
    GITHUB_WORKSPACE: ws.root,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: ws.root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        summary: fs.readFileSync(files.summary, 'utf8'),
        outputs: parseOutputs(fs.readFileSync(files.output, 'utf8')),
      }),
    );
  });
}

/** Every place a user or a log reader sees: stdout (logs and annotations) but for the runner's own add-mask command, stderr, summary, outputs. */
function visible(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
}

const annotations = (run: ActionRun) => run.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l));

describeDocker('the bundled action', () => {
  beforeAll(() => {
    if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
    testImages();
  });

  it('checks a registry baseline against a :local candidate, with summary, outputs, and the secret nowhere', {
    timeout: 180_000,
  }, async () => {
    const ws = workspace({ 'config.yaml': await encryptedConfig(SECRET) });
    const baseline = testImages().pushedVariant('echo', ECHO);
    const candidate = testImages().variant('echo', ECHO);
    const inputs = {
      connector: CONNECTOR,
      'baseline-image': baseline.image,
      'candidate-image': candidate,
      'sops-age-key': AGE_KEY,
      network: 'none',
      'capture-seconds': '20',
      'capture-idle': '1',
    };

    // Writing the snapshots needs no migration stage.
    const update = await runAction(ws, { ...inputs, mode: 'update', stages: 'spec,discover,capture' });
    expect(update.code, update.stdout + update.stderr).toBe(0);
    expect(fs.readdirSync(path.join(ws.dir, '.snapshots')).sort()).toEqual(['baseline', 'candidate']);

    const run = await runAction(ws, inputs);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // Pulled by the first run; the second uses it as it is.
    expect(update.stdout).toMatch(/127\.0\.0\.1:5000\/compat-test\/fake:echo-[\d-]+ pulled, digest sha256:/);
    expect(run.stdout).toMatch(/127\.0\.0\.1:5000\/compat-test\/fake:echo-[\d-]+ found locally, digest sha256:/);
    expect(run.stdout).toContain(`${candidate} found locally`);
    // The summary names both sides with their digests, and has a row per stage.
    const candidateDigest = new RegExp(
      `${candidate.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} found locally, digest (sha256:[0-9a-f]{64})`,
    ).exec(run.stdout)![1];
    expect(run.summary).toContain(
      `baseline \`${baseline.image}\` (\`${baseline.digest}\`) → candidate \`${candidate}\` (\`${candidateDigest}\`)`,
    );
    for (const stage of ['Spec', 'Discovery', 'Capture', 'Migration']) expect(run.summary).toMatch(new RegExp(`^\\| ${stage} \\| `, 'm'));
    // Both sides against their committed snapshots, then against each other.
    expect(run.summary).toMatch(/^\| Capture \| ✅ identical \| ✅ identical \| ✅ identical \|/m);

    expect(run.outputs).toMatchObject({ verdict: 'pass', 'breaking-count': '0', 'warning-count': '1' });
    const report = JSON.parse(fs.readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
    expect(report).toMatchObject({
      verdict: 'pass',
      sides: { baseline: { digest: baseline.digest }, candidate: { digest: candidateDigest } },
    });
    expect(fs.readFileSync(run.outputs['markdown-path']!, 'utf8')).toContain(baseline.digest);

    // A candidate whose documents changed: the step fails with an error annotation.
    const changed = testImages().variant('echo-renamed', { ...ECHO, COMPAT_FAKE_DOCS: 'renamed' });
    const failing = await runAction(ws, { ...inputs, 'candidate-image': changed });
    expect(failing.code).toBe(1);
    expect(failing.outputs.verdict).toBe('fail');
    expect(Number(failing.outputs['breaking-count'])).toBeGreaterThan(0);
    expect(annotations(failing).some((l) => l.startsWith('::error::') && l.includes('unaccepted finding'))).toBe(true);
    // The candidate drifted from its snapshot and differs from the baseline; the baseline did not change.
    expect(failing.summary).toMatch(/^\| Capture \| ✅ identical \| ❌ \d+ breaking \| ❌ \d+ breaking \|/m);

    // The secret was registered with the runner, and shows nowhere else: not in logs, annotations,
    // summary, outputs, reports, snapshots, nor any file the action wrote (its temp folders included).
    for (const r of [update, run, failing]) {
      expect(r.stdout).toContain(`::add-mask::${SECRET}`);
      expect(visible(r)).not.toContain(MARKER);
      expect(r.stdout).toContain('received config {"host":"db.example.com","token":"***"}');
    }
    expect(filesContaining(ws.root, MARKER)).toEqual([]);
  });
});
