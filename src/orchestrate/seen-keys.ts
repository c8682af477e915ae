import { collectionKeyText } from '../model/json.js';
import type { JsonObject } from '../model/types.js';
import type { CaptureBinding } from '../run/protocol.js';

/** Most collection keys remembered per collection, to tell a document the capture gave before. */
const MAX_REMEMBERED_KEYS = 10_000;

/**
 * The collection keys of the documents a capture gave, per collection (bounded), so that a later
 * capture can be asked whether it gives the same documents again. Bindings that re-read everything
 * each time by design are left out: full-refresh streams, and those keyed by `/_meta/row_id`.
 */
export class SeenKeys {
  private readonly keys = new Map<string, Set<string>>();
  constructor(private readonly bindings: readonly CaptureBinding[]) {}

  add(binding: number, doc: JsonObject): void {
    const b = this.bindings[binding];
    if (!b || b.resourceConfig.syncMode === 'full_refresh' || b.collection.key.includes('/_meta/row_id')) return;
    const text = collectionKeyText(doc, b.collection.key);
    if (text === undefined) return;
    let set = this.keys.get(b.collection.name);
    if (!set) this.keys.set(b.collection.name, (set = new Set()));
    if (set.size < MAX_REMEMBERED_KEYS) set.add(text);
  }

  /** Whether a document of `collection` with this key text was seen. */
  has(collection: string, keyText: string | undefined): boolean {
    return keyText !== undefined && (this.keys.get(collection)?.has(keyText) ?? false);
  }
}
