// The patch files of an ATF image, copied out without running it. The image imitates estuary/airbyte's
// connector Dockerfiles (airbyte-integrations/connectors/source-hubspot/Dockerfile): airbyte-to-flow in
// the Airbyte image's working folder as the entrypoint, `COPY spec.patch.json ./`, `COPY streams/* ./streams/`,
// and the io.airbyte.name / io.airbyte.version labels.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { atfPatchesOfImage } from '../../src/acquire/atf-image.js';
import { Docker } from '../../src/acquire/docker.js';
import { readAtfPatches } from '../../src/snapshots/atf-patches.js';
import { RUN_LABEL } from '../helpers/docker-cleanup.js';
import { describeDocker, WORKER } from '../helpers/docker.js';

const WORKDIR = '/airbyte/integration_code';
const SPEC_PATCH = { properties: { credentials: { title: 'Authentication', oneOf: [{ title: 'OAuth', required: ['client_id'] }] } } };

function buildImage(tag: string, entrypoint: string[], files: Record<string, string>, labels: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atf-image-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, 'root', name)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'root', name), content);
    }
    const tar = path.join(dir, 'root.tar');
    execFileSync('tar', ['-C', path.join(dir, 'root'), '-cf', tar, '.']);
    const changes = [
      `ENTRYPOINT ${JSON.stringify(entrypoint)}`,
      `WORKDIR ${WORKDIR}`,
      `LABEL ${RUN_LABEL}=${inject('dockerTestRun')}`,
      ...Object.entries(labels).map(([k, v]) => `LABEL ${k}=${v}`),
    ];
    execFileSync('docker', ['import', ...changes.flatMap((c) => ['--change', c]), tar, tag], { stdio: 'ignore' });
    return tag;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeDocker('ATF patch files read from an image', () => {
  const atfTag = `compat-test/atf-patches:${WORKER}`;
  const plainTag = `compat-test/not-atf:${WORKER}`;
  beforeAll(() => {
    buildImage(
      atfTag,
      [`${WORKDIR}/airbyte-to-flow`, '--connector-entrypoint', `python ${WORKDIR}/main.py`],
      {
        [`${WORKDIR}/airbyte-to-flow`]: '#!/bin/sh\n',
        [`${WORKDIR}/main.py`]: 'print("never run")\n',
        [`${WORKDIR}/spec.patch.json`]: JSON.stringify(SPEC_PATCH),
        [`${WORKDIR}/documentation_url.patch.json`]: JSON.stringify({ documentation_url: 'https://go.estuary.dev/source-x' }),
        [`${WORKDIR}/streams/contacts.pk.json`]: JSON.stringify(['id']),
        [`${WORKDIR}/streams/*.patch.json`]: JSON.stringify({ properties: { id: { type: 'string' } } }),
      },
      { 'io.airbyte.name': 'airbyte/source-x', 'io.airbyte.version': 'v4' },
    );
    buildImage(plainTag, ['/connector'], { '/connector': '#!/bin/sh\n' }, {});
  });
  afterAll(() => execFileSync('docker', ['rmi', '-f', atfTag, plainTag], { stdio: 'ignore' }));

  it('copies out every patch file and the upstream image name, runs nothing, and leaves no container', async () => {
    const docker = await Docker.create();
    const found = await atfPatchesOfImage(docker, atfTag);
    expect(found?.upstream).toEqual({ name: 'airbyte/source-x', version: 'v4' });
    const { patches, errors } = await readAtfPatches(found!.dir);
    expect(errors).toEqual([]);
    expect(patches.map((p) => [p.file, p.kind, p.stream])).toEqual([
      ['documentation_url.patch.json', 'documentation-url', undefined],
      ['spec.patch.json', 'spec', undefined],
      ['streams/*.patch.json', 'stream-schema', '*'],
      ['streams/contacts.pk.json', 'stream-key', 'contacts'],
    ]);
    expect(patches.find((p) => p.kind === 'spec')!.content).toEqual(SPEC_PATCH);
    expect(execFileSync('docker', ['ps', '-aq', '--filter', `ancestor=${atfTag}`], { encoding: 'utf8' }).trim()).toBe('');
    fs.rmSync(found!.dir, { recursive: true, force: true });
  });

  it('says an image whose entrypoint is not airbyte-to-flow is not an ATF image', async () => {
    expect(await atfPatchesOfImage(await Docker.create(), plainTag)).toBeUndefined();
  });
});
