import { describe, expect, it } from 'vitest';
import { redactDoc } from '../../src/orchestrate/live.js';

describe('redacting a captured document', () => {
  it('replaces the fields the globs name and keeps every other field, a field named __proto__ too', () => {
    const doc = JSON.parse('{"id":1,"updated_at":"2024-01-01","__proto__":{"x":1},"nested":{"updated_at":"t","keep":true}}');
    const out = redactDoc(doc, ['/**/updated_at']);
    expect(JSON.stringify(out)).toBe('{"id":1,"updated_at":"redacted","__proto__":{"x":1},"nested":{"updated_at":"redacted","keep":true}}');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});
