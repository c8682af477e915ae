import { judgeAtfPatches, labelAtfPatches } from '../compare/atf-patches.js';
import { connectorFingerprint } from '../compare/finding.js';
import type { Comparison } from '../compare/index.js';
import { nameBindings } from '../compare/binding-names.js';
import { linkRootCauses } from '../compare/root-causes.js';
import type { AcceptFile, AtfPatch, AtfPatchError, AtfPatchReport, FailOn, Finding, Report, SideInfo } from '../model/types.js';
import { decide } from '../policy/index.js';

export interface ReportInput {
  connector: string;
  sides: { baseline: SideInfo; candidate: SideInfo };
  comparison: Comparison;
  accept: AcceptFile;
  failOn: FailOn;
  /** Snapshot files per side, for annotations on them. */
  files?: Report['files'];
  /** The baseline's ATF patch files, when read (compare --atf-patches, input atf-patches). */
  atf?: { source: string; upstream?: AtfPatchReport['upstream']; patches: AtfPatch[]; errors: AtfPatchError[] };
  /** Each live side against its committed snapshots: compared, or skipped (none committed, or update mode). */
  drift?: Report['drift'];
  /** Update mode: the snapshots were rewritten. */
  updated?: boolean;
}

/** The ATF patches judged against the sides: their own findings, labels on the others, and the report's account. */
function withAtfPatches(input: ReportInput): { findings: Finding[]; account?: Report['atfPatches'] } {
  const { atf, comparison } = input;
  if (!atf || !comparison.sets) return { findings: comparison.findings };
  const judged = judgeAtfPatches(atf.patches, comparison.sets);
  const findings = labelAtfPatches([...comparison.findings, ...judged.findings], judged.places);
  return {
    findings,
    account: { source: atf.source, ...(atf.upstream ? { upstream: atf.upstream } : {}), files: judged.files, errors: atf.errors },
  };
}

/** Policy applied to a comparison: the report of design.md, verdict included. */
export function buildReport(input: ReportInput): Report {
  const atf = withAtfPatches(input);
  const scoped = atf.findings.map((f) => ({ ...f, id: connectorFingerprint(input.connector, f.id) }));
  const linked = linkRootCauses(nameBindings(scoped, input.comparison.sets), input.comparison.sets);
  const { findings, stale, stages, verdict } = decide({
    findings: linked,
    accept: input.accept,
    failOn: input.failOn,
    sets: input.comparison.sets,
    steps: input.comparison.steps,
  });
  const report: Report = { version: 1, connector: input.connector, verdict, sides: input.sides, stages, findings };
  if (stale.length > 0) report.stale = stale;
  if (input.files) report.files = input.files;
  if (atf.account) report.atfPatches = atf.account;
  if (input.drift) report.drift = input.drift;
  if (input.updated) report.updated = true;
  return report;
}
