import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { run, type ActionDeps } from '../../src/action/main.js';
import { ROOT } from './shared.js';

export interface ActionResult {
  summary: string;
  outputs: Record<string, string>;
  /** Workflow commands and log lines the step printed (annotations, notices, errors). */
  stdout: string;
  exitCode: number;
}

// @actions/core keeps the first summary path it sees, so one set of files serves a test file's runs.
const dir = mkdtempSync(path.join(os.tmpdir(), 'action-run-'));
const files = { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), GITHUB_OUTPUT: path.join(dir, 'output.txt') };

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return outputs;
}

/** Writes a pull_request event payload and returns its path. */
export function pullRequestEvent(number: number, labels: string[]): string {
  const file = path.join(mkdtempSync(path.join(dir, 'event-')), 'event.json');
  writeFileSync(file, JSON.stringify({ action: 'synchronize', pull_request: { number, labels: labels.map((name) => ({ name })) } }));
  return file;
}

/**
 * Runs the action's run() as the runner would: inputs as INPUT_* variables, the step summary and
 * outputs in files, the workspace at the project root; restores the environment afterwards.
 */
export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  deps?: ActionDeps,
): Promise<ActionResult> {
  const saved = { ...process.env };
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_OUTPUT, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(process.env, files, { GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: mkdtempSync(path.join(dir, 'runner-')) }, env);
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  process.exitCode = 0;
  try {
    await run(process.env, deps);
    return {
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      stdout: written.join(''),
      exitCode: Number(process.exitCode ?? 0),
    };
  } finally {
    spy.mockRestore();
    process.exitCode = 0;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
