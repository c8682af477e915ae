// Every test file starts with the pattern automata loaded, as every command that asks the schema engine a
// question does (runCheck, schema-subset): tests call the engine's functions directly too. Only the small
// module that holds them is imported here, so a file that never asks the engine does not load it.
import { loadPatterns } from '../../src/schema/patterns.js';

await loadPatterns();
