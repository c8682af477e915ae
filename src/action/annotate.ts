import * as core from '@actions/core';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../model/types.js';
import { annotationsFor } from '../report/annotations.js';
import { SnapshotText } from '../report/locate.js';

/** Capture files up to this size are read whole to place their findings' annotations on lines. */
const LINES_BYTES = 16 * 1024 * 1024;

/**
 * A snapshot file read once; one that cannot be read or parsed gets annotations without a line. A
 * capture file past LINES_BYTES is not read whole for lines either (its comparison streamed it):
 * its findings are annotated by rule, without a place.
 */
function reader(report: Report): (file: string) => SnapshotText | undefined {
  const captures = new Set(Object.values(report.files ?? {}).map((sources) => sources?.capture));
  const cache = new Map<string, SnapshotText | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        const whole = !captures.has(file) || statSync(file).size <= LINES_BYTES;
        cache.set(file, whole ? new SnapshotText(readFileSync(file, 'utf8')) : undefined);
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
}

/** Annotates the committed snapshot files, errors first; paths relative to the workspace, as GitHub wants them. */
export function annotate(report: Report, workspace: string): void {
  for (const a of annotationsFor(report, reader(report))) {
    const relative = a.file && path.relative(workspace, a.file);
    const file = relative && (relative.startsWith('..') || path.isAbsolute(relative) ? a.file : relative);
    const props = { title: a.title, ...(file ? { file, startLine: a.line } : {}) };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
}
