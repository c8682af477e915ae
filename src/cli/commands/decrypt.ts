// `connector-compat decrypt FILE [--age-key-file F]`: the config as the connector receives it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors.js';
import { loadEndpointConfig } from '../../secrets/index.js';
import type { Command } from '../io.js';
import { USAGES } from '../usage.js';

const USAGE = USAGES.decrypt;
const parseOptions = (args: string[]) => parseArgs({ args, allowPositionals: true, options: { 'age-key-file': { type: 'string' } } });

export const run: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (err) {
    throw new InputError(`${err instanceof Error ? err.message : String(err)}; usage: ${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new InputError(`usage: ${USAGE}`);
  const keyFile = parsed.values['age-key-file'];
  let ageKey: string | undefined;
  if (keyFile) {
    try {
      ageKey = await fs.readFile(path.resolve(io.cwd, keyFile), 'utf8');
    } catch {
      throw new InputError(`cannot read the age key file ${keyFile}`);
    }
  }
  const result = await loadEndpointConfig(path.resolve(io.cwd, file), { ageKey, env: io.env });
  if (result.status === 'no-key') throw new InputError(result.reason);
  if (result.status === 'plain') io.err(`note: ${file} is not sops-encrypted; printed as it is\n`);
  io.out(`${result.json}\n`);
  return 0;
};
