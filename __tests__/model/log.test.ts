import { describe, expect, it } from 'vitest';
import { streamLogger, warningsLogger } from '../../src/model/log.js';

/** What a logger writes for one line of each level inside a group, and what the group gave back. */
async function written(make: (write: (text: string) => void) => ReturnType<typeof streamLogger>) {
  let out = '';
  const log = make((t) => {
    out += t;
  });
  const got = await log.group('compare baseline with candidate', async () => {
    log.info('capture: baseline read, 3 documents in 1 collection');
    log.notice('baseline: no committed snapshots');
    log.warning('capture: the comparison outgrew the memory of its worker thread');
    return 42;
  });
  return { out, got };
}

describe('the CLI loggers', () => {
  it('write progress, notices and warnings to the stream (check, demo)', async () => {
    expect(await written(streamLogger)).toEqual({
      out:
        '== compare baseline with candidate\ncapture: baseline read, 3 documents in 1 collection\n' +
        'notice: baseline: no committed snapshots\nwarning: capture: the comparison outgrew the memory of its worker thread\n',
      got: 42,
    });
  });

  it('write notices and warnings only, in the same words (compare)', async () => {
    expect(await written(warningsLogger)).toEqual({
      out: 'notice: baseline: no committed snapshots\nwarning: capture: the comparison outgrew the memory of its worker thread\n',
      got: 42,
    });
  });
});
