import type { Docker } from './docker.js';
import { firstLine } from './docker.js';
import { AcquireError } from './errors.js';

export interface RetryPolicy {
  attempts: number;
  /** Delay before the second attempt; doubled for each one after. */
  firstDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 2_000 };

// Checked first: retrying these only wastes time.
const PERMANENT = /not found|manifest unknown|unauthorized|denied|invalid reference format|repository name must/i;
const TRANSIENT =
  /timeout|timed out|TLS handshake|connection reset|i\/o timeout|unexpected EOF|\b5\d\d\b|Internal Server Error|Bad Gateway|Service Unavailable|too many requests/i;

export function isTransientPullError(stderr: string): boolean {
  return !PERMANENT.test(stderr) && TRANSIENT.test(stderr);
}

const PULL_TIMEOUT_MS = 20 * 60_000;

/** `docker pull` with exponential backoff for network trouble; a missing or forbidden image fails at once. */
export async function pullImage(
  docker: Docker,
  image: string,
  retry: RetryPolicy = DEFAULT_RETRY,
  log?: (line: string) => void,
): Promise<void> {
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    const res = await docker.exec(['pull', image], PULL_TIMEOUT_MS);
    if (res.code === 0) return;
    const why = firstLine(res.stderr) || `exit ${res.code}`;
    if (/not found|manifest unknown/i.test(why)) {
      throw new AcquireError('not-found', `image ${image} not found: ${why}; check the image name and tag`);
    }
    if (/unauthorized|denied/i.test(why)) {
      throw new AcquireError(
        'unauthorized',
        `not allowed to pull ${image}: ${why}; log in to its registry (docker login) or check the name`,
      );
    }
    if (!isTransientPullError(res.stderr) || attempt >= retry.attempts) {
      const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
      throw new AcquireError('pull', `docker pull ${image} failed${tries}: ${why}`);
    }
    const delay = retry.firstDelayMs * 2 ** (attempt - 1);
    log?.(`docker pull ${image}: ${why}; retrying in ${Math.round(delay / 1000)}s (attempt ${attempt + 1} of ${retry.attempts})`);
    await sleep(delay);
  }
}
