import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goFloat } from '../../src/secrets/cipher.js';
import { maskSecrets, withPrivateFile } from '../../src/secrets/index.js';

describe('maskSecrets', () => {
  it('replaces every occurrence, longer secrets first', () => {
    expect(maskSecrets('user=ab pass=abcd again abcd, ab', ['ab', 'abcd'])).toBe('user=*** pass=*** again ***, ***');
  });

  it('treats secrets as text, not patterns, and ignores empty ones', () => {
    expect(maskSecrets('a.b+c a_b', ['a.b+c', ''])).toBe('*** a_b');
  });
});

describe('withPrivateFile', () => {
  it('writes a 0600 file in a 0700 directory and removes both after', async () => {
    let seen = '';
    const out = await withPrivateFile('{"password":"x"}', async (file) => {
      seen = file;
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(file.slice(0, file.lastIndexOf('/'))).mode & 0o777).toBe(0o700);
      return fs.readFileSync(file, 'utf8');
    });
    expect(out).toBe('{"password":"x"}');
    expect(fs.existsSync(seen)).toBe(false);
  });

  it('removes the file when fn throws, and leaves no signal handler behind', async () => {
    let seen = '';
    const before = process.listenerCount('SIGTERM');
    await expect(
      withPrivateFile('secret', async (file) => {
        seen = file;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(fs.existsSync(seen)).toBe(false);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

describe('goFloat (the MAC text of numbers)', () => {
  it.each([
    [7, '7'],
    [3.14, '3.14'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2.5e22, '-25000000000000000000000'],
  ])('%d -> %s', (n, text) => expect(goFloat(n)).toBe(text));
});
