import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultImages } from '../../src/acquire/defaults.js';
import { InputError } from '../../src/model/errors.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-defaults-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function connectorDir(name: string, version?: string): string {
  const dir = path.join(base, name);
  fs.mkdirSync(dir, { recursive: true });
  if (version !== undefined) fs.writeFileSync(path.join(dir, 'VERSION'), version);
  return dir;
}

describe('defaultImages', () => {
  it("names the connector after its folder and tags the baseline with the VERSION file's contents", () => {
    const dir = connectorDir('source-acme', 'v3\n');
    expect(defaultImages(`${dir}/`)).toEqual({
      connector: 'source-acme',
      baselineImage: 'ghcr.io/estuary/source-acme:v3',
      candidateImage: 'ghcr.io/estuary/source-acme:local',
    });
  });

  it('needs no VERSION file when the baseline image is given', () => {
    const dir = connectorDir('source-given');
    expect(defaultImages(dir, { baselineImage: 'x:1', candidateImage: 'y:2' })).toMatchObject({
      baselineImage: 'x:1',
      candidateImage: 'y:2',
    });
  });

  it('is an input error without VERSION file or baseline image', () => {
    const dir = connectorDir('source-noversion');
    const err = (() => {
      try {
        return defaultImages(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `${dir}/VERSION is missing or empty: it names the baseline image's tag; set baseline-image instead`,
    );
  });
});
