#!/usr/bin/env node
// A capture connector that behaves like a native estuary-cdk one, run as a local command
// (`node cdk-like.mjs`), the way estuary/connectors' own tests run `python -m source_x`.
// Each behaviour names where it was read. "Recorded" is the transcript of source-gladly in
// shared/fixtures/protocol/estuary-cdk-source-gladly/ (estuary/connectors a9bf9533, unmodified).
//
// Its data: ContactEvents 3 documents, ConversationEvents 2, TaskEvents none (as recorded), and
// AuditEvents 2, a binding discovery marks disabled (estuary-cdk Resource.disable), so that a
// capture that opens it shows.
import { createInterface } from 'node:readline';

const send = (msg) => process.stdout.write(`${JSON.stringify(msg)}\n`);
const log = (msg, fields = {}) => process.stderr.write(`${JSON.stringify({ level: 'INFO', msg, fields })}\n`);

const T0 = '2026-11-30T19:45:01.672990Z';
const event = (entity, seq, minute) => ({
  _meta: { op: 'c' },
  id: `${entity.toLowerCase()}-${seq}`,
  type: `${entity}/ADDED`,
  timestamp: `2026-12-01T17:${String(minute).padStart(2, '0')}:56Z`,
  content: { entity, seq },
});
const DATA = {
  ContactEvents: [event('CONTACT', 1, 4), event('CONTACT', 2, 14), event('CONTACT', 3, 44)],
  ConversationEvents: [event('CONVERSATION', 1, 4), event('CONVERSATION', 2, 54)],
  TaskEvents: [],
  AuditEvents: [event('AUDIT', 1, 1), event('AUDIT', 2, 2)],
};
const DISABLED = new Set(['AuditEvents']);

const documentSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    _meta: { type: 'object', properties: { op: { type: 'string', enum: ['c', 'u', 'd'] } } },
    id: { type: 'string' },
    type: { type: 'string' },
    timestamp: { type: 'string', format: 'date-time' },
    content: { type: 'object', additionalProperties: true },
  },
  required: ['id', 'type', 'timestamp', 'content'],
};

// Recorded spec: no `oauth2` key at all, and the native ResourceConfig's PATH_POINTERS ["/name"]
// (estuary-cdk capture/common.py ResourceConfig).
const spec = {
  protocol: 3032023,
  configSchema: {
    type: 'object',
    properties: {
      organization: { type: 'string' },
      apiToken: { type: 'string', secret: true },
    },
    required: ['organization', 'apiToken'],
  },
  resourceConfigSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { name: { type: 'string' }, interval: { type: 'string', format: 'duration', default: 'PT0S' } },
    required: ['name'],
  },
  documentationUrl: 'https://go.estuary.dev/source-cdk-like',
  resourcePathPointers: ['/name'],
};

// Recorded discovery: `"disable": false` written out on every binding (capture/common.py discovered()).
const discovered = Object.keys(DATA).map((name) => ({
  recommendedName: name,
  resourceConfig: { name, interval: 'PT30S' },
  documentSchema,
  key: ['/id'],
  disable: DISABLED.has(name),
}));

function checkConfig(config) {
  if (typeof config?.apiToken !== 'string' || typeof config?.organization !== 'string') {
    process.stderr.write('config: organization and apiToken are required\n');
    process.exit(1);
  }
  // Connectors log part of a credential now and then; a masker must catch the fragment.
  log('authenticating', { token: `${config.apiToken.slice(0, 12)}...` });
}

// One checkpoint per binding, RFC 7396 merge patches under bindingStateV1 (recorded).
const checkpoint = (stateKey, state) =>
  send({ checkpoint: { state: { updated: { bindingStateV1: { [stateKey]: state } }, mergePatch: true } } });

function open({ capture, state }) {
  checkConfig(capture.config);
  send({ opened: { explicitAcknowledgements: false } });
  const states = state?.bindingStateV1 ?? {};
  // Bindings without state are initialized, and their initial state checkpointed before any
  // document (recorded: three checkpoints right after `opened`; common.py open(): a binding whose
  // state is missing is initialized).
  for (const b of capture.bindings) {
    if (!states[b.stateKey]) checkpoint(b.stateKey, { inc: { cursor: T0 }, last_initialized: new Date().toISOString() });
  }
  capture.bindings.forEach((b, index) => {
    const cursor = states[b.stateKey]?.inc?.cursor ?? T0;
    const fresh = (DATA[b.resourceConfig.name] ?? []).filter((d) => d.timestamp > cursor);
    if (fresh.length === 0) return;
    for (const doc of fresh) send({ captured: { binding: index, doc } });
    // Each binding's documents are followed by its checkpoint (recorded).
    checkpoint(b.stateKey, { inc: { cursor: fresh.at(-1).timestamp } });
  });
  // Caught up: it polls again each binding's interval and never exits on its own (recorded; the
  // capture was ended from outside). It stops when the runtime closes its input, or with
  // CDK_LIKE_POLL_AFTER_EOF=1 only on a signal: the worst case for stopping it.
  log('Streaming change events');
  if (process.env.CDK_LIKE_POLL_AFTER_EOF === '1') setInterval(() => log('polling'), 1000);
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  if (request.spec) send({ spec });
  else if (request.discover) {
    checkConfig(request.discover.config);
    send({ discovered: { bindings: discovered } });
  } else if (request.validate) {
    // capture/common.py validated(): each binding's resourceConfig.path(), i.e. [name].
    send({ validated: { bindings: request.validate.bindings.map((b) => ({ resourcePath: [b.resourceConfig.name] })) } });
  } else if (request.apply) {
    // base_capture_connector.py handle(): `Response(applied=await self.apply(log, apply))`; a capture's
    // apply has nothing to set up and describes no action.
    send({ applied: { actionDescription: '' } });
  } else if (request.open) open(request.open);
  else if (request.acknowledge) continue;
  else {
    process.stderr.write(`unexpected request: ${Object.keys(request).join(',')}\n`);
    process.exit(1);
  }
}
