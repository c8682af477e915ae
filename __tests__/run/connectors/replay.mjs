#!/usr/bin/env node
// Replays what a real connector said, recorded message by message in a folder
// (shared/fixtures/protocol/<name>/: spec.stdout.jsonl, discover.stdout.jsonl, capture.stdout.jsonl),
// as a connector: `node replay.mjs DIR`. Validate and Apply were not recorded; it answers as estuary-cdk's
// validated() does, each binding's resource path from its `name`, and an Applied with no action. After the recorded capture it
// stays quiet until its input closes, as the recorded connector did (it never exited on its own).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const dir = process.argv[2];
const recorded = (file) =>
  readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  let lines = [];
  if (request.spec) lines = recorded('spec.stdout.jsonl');
  else if (request.discover) lines = recorded('discover.stdout.jsonl');
  else if (request.validate) {
    const bindings = request.validate.bindings.map((b) => ({ resourcePath: [b.resourceConfig.name] }));
    lines = [JSON.stringify({ validated: { bindings } })];
  } else if (request.apply) lines = [JSON.stringify({ applied: { actionDescription: '' } })];
  else if (request.open) lines = recorded('capture.stdout.jsonl');
  for (const l of lines) process.stdout.write(`${l}\n`);
}
