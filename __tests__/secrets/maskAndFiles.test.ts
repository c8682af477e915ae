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

  it('masks every run of 8 or more characters of a secret, not only the whole value', () => {
    const key = 'sk_live_4f9a8b7c6d5e4f3a2b1c';
    // A connector that logs the first 12 characters, a middle part, or the key inside a longer word.
    expect(maskSecrets(`using key ${key.slice(0, 12)}... for acme`, [key])).toBe('using key ***... for acme');
    expect(maskSecrets(`part=${key.slice(5, 15)};`, [key])).toBe('part=***;');
    expect(maskSecrets(`x${key}y and ${key}`, [key])).toBe('x***y and ***');
    // Seven characters in a row are not enough to tell a secret from ordinary text.
    expect(maskSecrets(`prefix ${key.slice(0, 7)}!`, [key])).toBe(`prefix ${key.slice(0, 7)}!`);
    // Two secrets whose shown parts touch are one masked stretch.
    expect(maskSecrets('AAAAAAAABBBBBBBB', ['xAAAAAAAA', 'BBBBBBBBy'])).toBe('***');
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
