import type { Logger } from '../model/log.js';
import { silentLogger } from '../model/log.js';
import type { Report } from '../model/types.js';
import { type CompareDirsOptions, optionsOfDirs } from '../plan/dirs.js';
import { runCheck } from './check.js';

export type { CompareDirsOptions } from '../plan/dirs.js';

/** Offline comparison of two snapshot folders: the one check, with both sides read from their folders. */
export function compareDirs(opts: CompareDirsOptions, log: Logger = silentLogger): Promise<Report> {
  return runCheck(optionsOfDirs(opts), { log });
}
