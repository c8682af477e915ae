import type { CaptureBounds } from '../model/options.js';
import type { CaptureEnd, JsonObject } from '../model/types.js';
import { ACKNOWLEDGE_ONE, DEFAULT_INTERVAL_SECONDS, openRequest, type CaptureBinding } from './protocol.js';
import { endOfOutput, type Session } from './session.js';
import { applyCheckpoint, type CheckpointState } from './state.js';

export type CaptureEvent =
  | { type: 'opened'; explicitAcknowledgements: boolean }
  | { type: 'document'; binding: number; collection: string; doc: JsonObject }
  | { type: 'checkpoint'; checkpoint: CheckpointState; state: JsonObject }
  | { type: 'sourcedSchema'; binding: number; schema: unknown };

export interface CaptureRequest {
  config: JsonObject;
  /** From captureBindings(discovered, spec.resourcePathPointers). `captured.binding` indexes this list. */
  bindings: readonly CaptureBinding[];
  /** State to resume from; default `{}` (a fresh task). */
  state?: JsonObject;
  bounds: CaptureBounds;
  intervalSeconds?: number;
  /**
   * Count quiet from `opened` too, not only after a checkpoint: a connector resumed from a state with
   * nothing new to capture may write nothing at all (an estuary-cdk connector whose bindings are
   * initialized writes no checkpoint until it has documents).
   */
  idleFromOpen?: boolean;
}

export type StopReason = CaptureEnd;

export interface CaptureResult {
  /** The state a task would resume from: every checkpoint applied in order. */
  state: JsonObject;
  checkpoints: number;
  /** Documents read per binding (index into the request's bindings). */
  documents: number[];
  explicitAcknowledgements: boolean;
  stoppedBy: StopReason;
}

/**
 * Opens a capture and reads its responses until a bound is reached, then stops the connector cleanly.
 * A connector that exits 0 on its own has finished (stoppedBy `eof`); a non-zero exit before any bound is an error.
 */
export async function readCapture(s: Session, req: CaptureRequest, onEvent: (e: CaptureEvent) => void): Promise<CaptureResult> {
  const proc = s.process;
  proc.send(
    openRequest({
      connectorType: s.context.connectorType,
      name: s.context.captureName,
      config: req.config,
      bindings: req.bindings,
      state: req.state ?? {},
      intervalSeconds: req.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
    }),
  );
  const opened = await s.read(['opened']);
  if (opened === undefined) throw await endOfOutput(s, 'an "opened" response');
  const result: CaptureResult = {
    state: { ...(req.state ?? {}) },
    checkpoints: 0,
    documents: req.bindings.map(() => 0),
    explicitAcknowledgements: opened.body.explicitAcknowledgements === true,
    stoppedBy: 'exit',
  };
  onEvent({ type: 'opened', explicitAcknowledgements: result.explicitAcknowledgements });

  let stopping: StopReason | undefined;
  const stop = (reason: StopReason) => {
    if (stopping) return;
    stopping = reason;
    void proc.stop(s.context.stopGraceMs);
  };
  const timer = setTimeout(() => stop('seconds'), req.bounds.seconds * 1000);
  // Armed by each checkpoint and cleared by any response: checkpoints alone never end a capture (the CDK
  // writes one per binding before any document), but silence after one means the connector caught up.
  let idle: NodeJS.Timeout | undefined;
  const quiet = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop('idle'), req.bounds.idleSeconds * 1000);
  };
  if (req.idleFromOpen) quiet();
  try {
    for (;;) {
      // Once stopping, responses still in flight are drained unread: the bound is already met.
      const response = stopping ? await proc.next().catch(() => undefined) : await s.read(['captured', 'checkpoint', 'sourcedSchema']);
      if (response === undefined) break;
      if (stopping || typeof response === 'string') continue;
      clearTimeout(idle);
      const body = response.body;
      if (response.type === 'captured') {
        const binding = bindingIndex(s, body.binding, req.bindings.length);
        result.documents[binding]! += 1;
        const doc = (body.doc ?? {}) as JsonObject;
        onEvent({ type: 'document', binding, collection: req.bindings[binding]!.collection.name, doc });
      } else if (response.type === 'checkpoint') {
        const checkpoint = (body.state ?? {}) as CheckpointState;
        result.state = applyCheckpoint(result.state, checkpoint);
        result.checkpoints += 1;
        onEvent({ type: 'checkpoint', checkpoint, state: result.state });
        if (result.explicitAcknowledgements) proc.send(ACKNOWLEDGE_ONE);
        quiet();
      } else {
        const binding = bindingIndex(s, body.binding, req.bindings.length);
        onEvent({ type: 'sourcedSchema', binding, schema: body.schemaJson ?? body.schema_json });
      }
      const reason = boundReached(result, req);
      if (reason) stop(reason);
    }
  } finally {
    clearTimeout(timer);
    clearTimeout(idle);
  }
  if (stopping) {
    await proc.exited;
    result.stoppedBy = stopping;
    return result;
  }
  const exit = await proc.exited;
  if (exit.code !== 0 || exit.spawnError) throw await endOfOutput(s, 'a clean exit');
  return result;
}

function bindingIndex(s: Session, value: unknown, count: number): number {
  // The JSON codec omits a zero binding index.
  const index = value === undefined ? 0 : value;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count) {
    throw s.fail('unexpected', `a response names binding ${JSON.stringify(value)}, but the capture has ${count} binding(s)`);
  }
  return index;
}

function boundReached(result: CaptureResult, req: CaptureRequest): StopReason | undefined {
  const perBinding = req.bounds.docsPerCollection;
  if (result.documents.length > 0 && result.documents.every((n) => n >= perBinding)) return 'documents';
  return undefined;
}
