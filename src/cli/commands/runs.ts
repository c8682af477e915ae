import type { Command } from '../io.js';
import type { CommandName } from '../usage.js';
import { run as aggregate } from './aggregate.js';
import { run as check } from './check.js';
import { run as compare } from './compare.js';
import { run as decrypt } from './decrypt.js';
import { run as demo } from './demo.js';
import { run as schemaSubset } from './schema-subset.js';

/** Every subcommand's code, loaded as one piece the first time a command runs (see index.ts). */
export const runs: Record<CommandName, Command> = { compare, check, demo, aggregate, decrypt, 'schema-subset': schemaSubset };
