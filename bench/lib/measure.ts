import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Peak resident set size of this process so far, in MiB (VmHWM on Linux, maxRSS elsewhere). */
export function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux: fall through
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The last line a scenario prints: its figures, as one JSON object. */
export function emit(figures: Record<string, unknown>): void {
  console.log(JSON.stringify(figures));
}

/**
 * Runs one scenario (bench/scenarios/<name>.ts) in its own node process, so that its peak RSS
 * is its own and not the sum of everything measured before it.
 */
export function runScenario<T>(name: string, args: string[] = []): Promise<T> {
  const script = path.join(BENCH, 'scenarios', `${name}.ts`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`scenario ${name} exited with ${code}: ${out.slice(-2000)}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`scenario ${name} printed no figures: ${out.slice(-2000)}`));
      }
    });
  });
}
