// A live check whose baseline is an ATF-like image laid out as estuary/airbyte's connector Dockerfiles lay
// one out (airbyte-to-flow as the entrypoint in /airbyte/integration_code, `COPY spec.patch.json ./`,
// `COPY streams/* ./streams/`, io.airbyte.* labels): its patch files are read out of the image and judged.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDocker, nodeConnectorImage, removeLocalImage, WORKER } from '../helpers/docker.js';
import { check, workspace } from './workspace.js';

const ATF_LIKE = path.resolve(import.meta.dirname, '../run/connectors/atf-like.mjs');
const PATCHES = {
  // Shapes of real patch files: source-hubspot's spec.patch.json marks fields airbyte_secret; pk files list top-level fields.
  'spec.patch.json': JSON.stringify({ properties: { api_key: { airbyte_secret: true } } }),
  'streams/contacts.pk.json': JSON.stringify(['id']),
  'documentation_url.patch.json': JSON.stringify({ documentation_url: 'https://go.estuary.dev/atf-patched' }),
};

describeDocker('an ATF baseline image with patch files', () => {
  const image = `compat-test/atf-patched-${WORKER}:local`;
  beforeAll(() => {
    nodeConnectorImage(
      'atf-like.mjs',
      image,
      {},
      { files: PATCHES, labels: { 'io.airbyte.name': 'airbyte/source-atf-like', 'io.airbyte.version': '0.1.0' } },
    );
  });
  afterAll(() => removeLocalImage(image));

  it('reads the patch files out of the image and says which the candidate reproduces', { timeout: 120_000 }, async () => {
    const ws = workspace({ 'config.yaml': 'api_key: key-123456789\nstart_date: "2024-01-01T00:00:00Z"\n' });
    const res = await check(ws, [
      '--baseline-image',
      image,
      '--candidate-command',
      `"${process.execPath}" "${ATF_LIKE}"`,
      '--stages',
      'spec,discover',
    ]);
    expect(res.stderr).toContain('baseline: an ATF image of airbyte/source-atf-like:0.1.0; its patch files are judged');
    expect(res.report?.atfPatches).toMatchObject({
      source: image,
      upstream: { name: 'airbyte/source-atf-like', version: '0.1.0' },
      errors: [],
    });
    expect(res.report!.atfPatches!.files.map((f) => [f.file, f.reproduced])).toEqual([
      ['documentation_url.patch.json', 'no'],
      ['spec.patch.json', 'yes'],
      ['streams/contacts.pk.json', 'yes'],
    ]);
    const own = res.report!.findings.filter((f) => f.rule.includes('.atf-'));
    expect(own.map((f) => [f.rule, f.pointer, f.after])).toEqual([
      ['spec.atf-patch.not-reproduced', '/documentationUrl', 'https://go.estuary.dev/source-atf-like'],
    ]);
    expect(res.stdout).toMatch(/^ATF patches \(from compat-test\/atf-patched-.*\):$/m);
  });
});
