// normalizeDoc: a captured document as compared (the runtime's /_meta/uuid dropped), and a document
// without one is the same pair, so that a streamed capture's text read from the file still stands
// for it (buckets and the pre-join size and write documents by that text).
import { describe, expect, it } from 'vitest';
import type { CapturedDoc } from '../../src/model/types.js';
import { normalizeDoc } from '../../src/normalize/index.js';

describe('normalizeDoc', () => {
  it('returns a document without a runtime uuid as it is', () => {
    const pair: CapturedDoc = ['acmeCo/orders', { id: 1, _meta: { row_id: 4 } }];
    expect(normalizeDoc(pair)).toBe(pair);
  });

  it('drops /_meta/uuid, and _meta when nothing else is in it, leaving the read document as it was', () => {
    const withRow: CapturedDoc = ['acmeCo/orders', { id: 1, _meta: { uuid: 'DocUUIDPlaceholder-329Bb50aa48EAa9ef', row_id: 4 } }];
    expect(normalizeDoc(withRow)).toEqual(['acmeCo/orders', { id: 1, _meta: { row_id: 4 } }]);
    expect(withRow[1]._meta).toEqual({ uuid: 'DocUUIDPlaceholder-329Bb50aa48EAa9ef', row_id: 4 });
    expect(normalizeDoc(['acmeCo/orders', { id: 2, _meta: { uuid: 'x' } }])).toEqual(['acmeCo/orders', { id: 2 }]);
  });
});
