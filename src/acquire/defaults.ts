import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../model/errors.js';

export interface ImageDefaults {
  /** The connector's name: its folder's name. */
  connector: string;
  baselineImage: string;
  candidateImage: string;
}

const REGISTRY = 'ghcr.io/estuary';

/**
 * The images a connector folder implies: the released one (`:<VERSION file>`) as baseline and the
 * locally built one (`:local`) as candidate. Images the user named win.
 */
export function defaultImages(connectorDir: string, given: { baselineImage?: string; candidateImage?: string } = {}): ImageDefaults {
  const connector = path.basename(path.resolve(connectorDir));
  return {
    connector,
    baselineImage: given.baselineImage ?? `${REGISTRY}/${connector}:${readVersion(connectorDir)}`,
    candidateImage: given.candidateImage ?? `${REGISTRY}/${connector}:local`,
  };
}

function readVersion(connectorDir: string): string {
  const file = path.join(connectorDir, 'VERSION');
  let version = '';
  try {
    version = fs.readFileSync(file, 'utf8').trim();
  } catch {
    // Reported below with what to do.
  }
  if (version === '') {
    throw new InputError(`${file} is missing or empty: it names the baseline image's tag; set baseline-image instead`);
  }
  return version;
}
