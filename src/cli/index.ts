#!/usr/bin/env node
import module from 'node:module';
import { main } from './main.js';
import { processIO } from './io.js';

// Node's compile cache (22.1 and later) keeps the compiled commands between runs: most of a short
// command's time is compiling the bundle.
module.enableCompileCache?.();

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2), processIO());
