import { describe, expect, it } from 'vitest';
import { fingerprint, makeFinding } from '../../src/compare/finding.js';

describe('finding fingerprints', () => {
  const base = {
    rule: 'discover.key.changed' as const,
    stage: 'discover' as const,
    binding: 'events',
    pointer: '/key',
    before: { a: 1, b: [1, 2] },
    after: ['/x'],
  };

  it('are 12 hex characters and do not depend on key order or message', () => {
    const id = fingerprint(base);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint({ ...base, before: { b: [1, 2], a: 1 } })).toBe(id);
    expect(makeFinding({ ...base, message: 'one wording' }).id).toBe(makeFinding({ ...base, message: 'another' }).id);
  });

  it('change when what the finding is about changes', () => {
    const id = fingerprint(base);
    expect(fingerprint({ ...base, binding: 'users' })).not.toBe(id);
    expect(fingerprint({ ...base, pointer: '/other' })).not.toBe(id);
    expect(fingerprint({ ...base, after: ['/y'] })).not.toBe(id);
    expect(fingerprint({ ...base, origin: 'candidate-snapshot' })).not.toBe(id);
  });

  it('are pinned: an id in a committed compat.yaml keeps matching across releases', () => {
    expect(fingerprint(base)).toBe('e1f9256c2def');
  });
});
