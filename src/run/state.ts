import { isJsonObject as isObject, setOwn } from '../model/json.js';
import type { JsonObject } from '../model/types.js';

/** RFC 7396 JSON merge patch: objects merge key by key, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else setOwn(result, key, mergePatch(Object.hasOwn(result, key) ? result[key] : undefined, value));
  }
  return result;
}

/** The `state` of a checkpoint response. */
export interface CheckpointState {
  updated?: unknown;
  mergePatch?: boolean;
}

/**
 * The state a task resumes from after this checkpoint, as Flow's runtime keeps it:
 * `mergePatch: true` patches the accumulated state, otherwise `updated` replaces it.
 */
export function applyCheckpoint(accumulated: JsonObject, checkpoint: CheckpointState): JsonObject {
  const updated = checkpoint.updated ?? {};
  const next = checkpoint.mergePatch ? mergePatch(accumulated, updated) : updated;
  return isObject(next) ? next : {};
}
