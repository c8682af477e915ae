import { describe, expect, it } from 'vitest';
import type { InputName } from '../../src/model/input-names.js';
import { optionsFromInputs } from '../../src/plan/inputs.js';

// Snapshot endpoints: no image tag needs to be found.
const options = (inputs: Partial<Record<InputName, string>>) => {
  const all: Partial<Record<InputName, string>> = { 'baseline-snapshots': 'a', 'candidate-snapshots': 'b', ...inputs };
  return optionsFromInputs((name) => all[name], { cwd: '/tmp', env: {} });
};

describe('container inputs', () => {
  it('runs containers as Flow does by default: 1g of memory on linux/amd64', () => {
    expect(options({})).toMatchObject({ memory: '1g', platform: 'linux/amd64', network: 'bridge' });
  });

  it("takes another memory limit and platform, and an empty platform for the image's own", () => {
    expect(options({ memory: '512m', platform: 'linux/arm64' })).toMatchObject({ memory: '512m', platform: 'linux/arm64' });
    expect(options({ platform: '' }).platform).toBeUndefined();
  });

  it('refuses a bad value in one line naming the input', () => {
    expect(() => options({ memory: 'lots' })).toThrow("memory must be a size such as 1g or 512m, not 'lots'");
    expect(() => options({ platform: 'amd64' })).toThrow("platform must be os/arch such as linux/amd64, or empty, not 'amd64'");
  });
});
