import { InputError } from '../model/errors.js';

/**
 * Getting an image ready failed: no engine, no such image, an image we cannot talk to.
 * One line that says what to do (an InputError: the CLI exits 2 with it); `kind` tells which.
 */
export class AcquireError extends InputError {
  override name = 'AcquireError';

  constructor(
    readonly kind: 'engine' | 'not-found' | 'unauthorized' | 'codec' | 'pull' | 'docker',
    message: string,
  ) {
    super(message);
  }
}

export const ENGINE_UNREACHABLE = 'Docker engine not reachable: start dockerd or use baseline-command/candidate-command/--*-snapshots';
