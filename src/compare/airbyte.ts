// Rules in the Airbyte protocol's own terms, on the catalogs of two Airbyte sides: what the Flow view
// (normalize/airbyte.ts) cannot show, as airbyte-to-flow keeps one sync mode and one cursor per stream.
import type { AirbyteStream } from '../model/airbyte.js';
import { canonicalJson } from '../model/canonical.js';
import { streamPath } from '../normalize/airbyte.js';
import { resourcePathLabel } from '../normalize/index.js';
import type { Finding } from '../model/types.js';
import { makeFinding } from './finding.js';

const pathOf = (s: AirbyteStream): string => resourcePathLabel(streamPath(s.name, s.namespace));

/** A stream that names no sync mode is taken as full_refresh only, as airbyte-to-flow does (`has_incremental` false). */
const modesOf = (s: AirbyteStream): string[] => (s.supported_sync_modes?.length ? [...s.supported_sync_modes].sort() : ['full_refresh']);

function syncModes(binding: string, b: AirbyteStream, a: AirbyteStream): Finding[] {
  const before = modesOf(b);
  const after = modesOf(a);
  const removed = before.filter((m) => !after.includes(m));
  const added = after.filter((m) => !before.includes(m));
  const out: Finding[] = [];
  if (removed.length > 0)
    out.push(
      makeFinding({
        rule: 'discover.sync-mode.removed',
        stage: 'discover',
        binding,
        pointer: '/supported_sync_modes',
        before,
        after,
        message: `${binding}: sync mode ${removed.join(' and ')} is no longer supported: a connection configured with it is refused`,
      }),
    );
  if (added.length > 0)
    out.push(
      makeFinding({
        rule: 'discover.sync-mode.added',
        stage: 'discover',
        binding,
        pointer: '/supported_sync_modes',
        before,
        after,
        message: `${binding}: sync mode ${added.join(' and ')} is now supported`,
      }),
    );
  return out;
}

/** The cursor the source defines, or null when the user chooses it. */
const sourceCursor = (s: AirbyteStream): string[] | null => (s.source_defined_cursor ? (s.default_cursor_field ?? []) : null);

/** A source-defined cursor that moved or stopped being the source's: saved cursor values no longer mean the same. */
function cursor(binding: string, b: AirbyteStream, a: AirbyteStream): Finding[] {
  const before = sourceCursor(b);
  const after = sourceCursor(a);
  if (before === null || canonicalJson(before) === canonicalJson(after)) return [];
  const what = after === null ? 'is no longer defined by the source' : 'defined by the source changed';
  return [
    makeFinding({
      rule: 'discover.cursor.changed',
      stage: 'discover',
      binding,
      pointer: '/default_cursor_field',
      before,
      after,
      message: `${binding}: the cursor ${what}: an incremental sync's saved cursor value no longer means the same`,
    }),
  ];
}

/** Sync modes and cursors of the streams both catalogs have; removed and added streams are the Flow view's bindings. */
export function compareAirbyteStreams(baseline: AirbyteStream[], candidate: AirbyteStream[]): Finding[] {
  const after = new Map(candidate.map((s) => [pathOf(s), s]));
  const findings: Finding[] = [];
  for (const b of baseline) {
    const a = after.get(pathOf(b));
    if (!a) continue;
    findings.push(...syncModes(pathOf(b), b, a), ...cursor(pathOf(b), b, a));
  }
  return findings;
}
