#!/usr/bin/env node
// A capture connector that behaves like an ATF image (airbyte-to-flow wrapping an Airbyte source),
// run as a local command (`node atf-like.mjs`). Each behaviour names where it was read: estuary/airbyte
// `airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs` ("interceptor"),
// `airbyte-to-flow/src/connector_runner.rs` ("runner"), `airbyte-to-flow/src/libs/airbyte_catalog.rs`
// ("catalog"), and the ATF snapshots in shared/fixtures/estuary/*/atf ("snapshots").
//
// Its Airbyte source has two streams: `contacts` (incremental, cursor `updated_at`, 3 records) and
// `events` (full refresh, 2 records, no state).
// Environment knobs:
//   ATF_LIKE_RUN_INTERVAL_SECONDS=N  as an image with run_interval_minutes.json: after the Airbyte
//                                    read, stay up until N seconds have passed (runner), unless the
//                                    config says `"_atf_skip_interval": true`
import { createInterface } from 'node:readline';

const send = (msg) => process.stdout.write(`${JSON.stringify(msg)}\n`);
const log = (msg) => process.stderr.write(`${JSON.stringify({ level: 'info', message: msg })}\n`);

const CONTACTS = [
  { id: 1, email: 'a@example.com', updated_at: '2024-05-01T10:00:00Z' },
  { id: 2, email: 'b@example.com', updated_at: '2024-05-01T11:00:00Z' },
  { id: 3, email: null, updated_at: '2024-05-01T12:00:00Z' },
];
const EVENTS = [
  { id: 'e1', kind: 'open' },
  { id: 'e2', kind: 'click' },
];

// Spec: the Airbyte connectionSpecification as the config schema (airbyte_secret kept), the ResourceSpec
// schema the interceptor generates (`create_root_schema::<ResourceSpec>()`; its shape as in the
// snapshots), `resourcePathPointers: ["/namespace", "/stream"]` (interceptor), and `"oauth2": {}` for a
// source without OAuth (snapshots: source-iterable/atf).
const spec = {
  protocol: 3032023,
  configSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Atf Like Spec',
    type: 'object',
    required: ['api_key', 'start_date'],
    properties: {
      api_key: { type: 'string', title: 'API Key', airbyte_secret: true },
      start_date: { type: 'string', format: 'date-time' },
    },
  },
  resourceConfigSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ResourceSpec',
    type: 'object',
    required: ['stream', 'syncMode'],
    properties: {
      cursorField: { type: ['array', 'null'], items: { type: 'string' } },
      namespace: { type: ['string', 'null'] },
      stream: { type: 'string' },
      syncMode: { type: 'string', enum: ['incremental', 'full_refresh'] },
    },
  },
  documentationUrl: 'https://go.estuary.dev/source-atf-like',
  oauth2: {},
  resourcePathPointers: ['/namespace', '/stream'],
};

// Discover: a ResourceSpec per stream, syncMode incremental when the stream supports it, cursorField
// the default cursor or else the key; `disable` only when selected_streams.json leaves a stream out,
// so here never written (interceptor, adapt_discover_response_stream).
const discovered = [
  {
    recommendedName: 'contacts',
    resourceConfig: { stream: 'contacts', syncMode: 'incremental', cursorField: ['updated_at'] },
    documentSchema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { id: { type: 'integer' }, email: { type: ['null', 'string'] }, updated_at: { type: ['null', 'string'] } },
      required: ['id'],
    },
    key: ['/id'],
  },
  {
    recommendedName: 'events',
    resourceConfig: { stream: 'events', syncMode: 'full_refresh', cursorField: ['id'] },
    documentSchema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { id: { type: 'string' }, kind: { type: ['null', 'string'] } },
      required: ['id'],
    },
    key: ['/id'],
  },
];

function checkConfig(config) {
  // The Airbyte `check` fails, and the interceptor reports ConnectionStatusUnsuccessful.
  if (typeof config?.api_key !== 'string') {
    process.stderr.write('connection status: FAILED: api_key is required\n');
    process.exit(1);
  }
}

async function capture({ capture: task, state }) {
  checkConfig(task.config);
  const started = Date.now();
  // The interceptor answers Open with a default Opened: `{"opened":{}}`, no explicit acknowledgements.
  send({ opened: {} });
  let lastWasCheckpoint = false;
  task.bindings.forEach((b, index) => {
    const { stream } = b.resourceConfig;
    if (stream === 'contacts') {
      // An Airbyte record becomes a `captured` of the binding its stream is bound to (interceptor).
      const cursor = state?.contacts?.updated_at ?? '';
      const fresh = CONTACTS.filter((c) => c.updated_at > cursor);
      for (const doc of fresh) send({ captured: { binding: index, doc } });
      // A per-stream Airbyte STATE becomes a checkpoint keyed by the stream name, merge-patched
      // (the project's flow-protocol.md; catalog: `State.stream`, and `merge` "indicates that Data is
      // an RFC 7396 JSON Merge Patch"). Written here even when nothing is new.
      const updatedAt = fresh.at(-1)?.updated_at ?? cursor;
      send({ checkpoint: { state: { updated: { contacts: { updated_at: updatedAt } }, mergePatch: true } } });
      lastWasCheckpoint = true;
    } else if (stream === 'events') {
      // A full-refresh stream re-reads everything and writes no state.
      for (const doc of EVENTS) send({ captured: { binding: index, doc } });
      lastWasCheckpoint = false;
    }
  });
  // The Airbyte read has ended. Records after the last STATE get a synthetic empty merge-patch
  // checkpoint (runner: "go.estuary.dev/W001: connector exited without writing a final state checkpoint").
  if (!lastWasCheckpoint) {
    log(
      'go.estuary.dev/W001: connector exited without writing a final state checkpoint, writing an empty object {} merge patch driver checkpoint.',
    );
    send({ checkpoint: { state: { updated: {}, mergePatch: true } } });
  }
  // run_interval_minutes.json keeps the process up for the rest of the interval, unless the config
  // sets `/_atf_skip_interval` (runner); then the capture exits 0.
  const interval = Number(process.env.ATF_LIKE_RUN_INTERVAL_SECONDS ?? 0) * 1000;
  if (interval > 0 && task.config._atf_skip_interval !== true) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, interval - (Date.now() - started))));
  }
  process.exit(0);
}

// The runner reads requests in a loop; every operation but a capture goes on to the next request, and
// the process exits when its input closes (runner, run_airbyte_source_connector).
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  if (request.spec) send({ spec });
  else if (request.discover) {
    checkConfig(request.discover.config);
    send({ discovered: { bindings: discovered } });
  } else if (request.validate) {
    checkConfig(request.validate.config);
    // The resource path of a ResourceSpec is [namespace?, stream] (interceptor, resource_spec_to_resource_path).
    const bindings = request.validate.bindings.map(({ resourceConfig: r }) => ({
      resourcePath: r.namespace ? [r.namespace, r.stream] : [r.stream],
    }));
    send({ validated: { bindings } });
  } else if (request.apply) {
    // Apply runs the Airbyte `spec` and answers a default Applied (interceptor, adapt_apply_response_stream).
    send({ applied: {} });
  } else if (request.open) await capture(request.open);
  else {
    process.stderr.write(`atf: unknown operation: ${Object.keys(request).join(',')}\n`);
    process.exit(1);
  }
}
