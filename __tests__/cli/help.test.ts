import { expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { runCli } from '../helpers/cli.js';

it.each(Object.keys(commands))('%s --help prints its usage and summary, exit 0', async (name) => {
  for (const flag of ['--help', '-h']) {
    const r = await runCli([name, flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: connector-compat ${name}\\b`));
    expect(r.stdout).toContain(commands[name]!.summary);
    expect(r.stderr).toBe('');
  }
});
