// Every test file starts with the schema engine loaded, as every command that asks it a question does
// (runCheck, schema-subset): tests call the engine's functions directly too.
import { loadEngine } from '../../src/schema/index.js';

await loadEngine();
