// Every test file starts with the engine's lazy parts loaded (pattern automata, IDN/IRI format checks), as
// every command that asks the schema engine a question does (runCheck, schema-subset): tests call the
// engine's functions directly too. Only the small module that loads them is imported here, so a file that
// never asks the engine does not load the engine.
import { loadEngine } from '../../src/schema/load.js';

await loadEngine();
