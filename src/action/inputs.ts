import * as core from '@actions/core';
import type { Options } from '../model/options.js';
import type { InputName } from '../model/input-names.js';
import { optionsFromInputs } from '../plan/inputs.js';

/** The action's inputs as the one Options object: the only place that calls core.getInput. */
export function readActionInputs(env: NodeJS.ProcessEnv = process.env): Options {
  const get = (name: InputName): string | undefined => {
    if (name === 'json' || name === 'markdown') return undefined;
    const v = core.getInput(name);
    return v === '' ? undefined : v;
  };
  return optionsFromInputs(get, { cwd: env.GITHUB_WORKSPACE ?? process.cwd(), env });
}
