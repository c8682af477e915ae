import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/types.js';
import { jsonPieces } from './json-pieces.js';
import { renderMarkdown } from './markdown.js';

/** Text gathered before it is written: a few writes for a catalog's report, one for a small one. */
const WRITE_CHARS = 1 << 20;

/** Writes the report as `JSON.stringify(report, null, 2)` and a newline, a piece at a time. */
async function writeJson(file: string, report: Report): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    for (const piece of jsonPieces(report as unknown as Record<string, unknown>)) {
      pending.push(piece);
      size += piece.length;
      if (size < WRITE_CHARS) continue;
      await handle.write(pending.join(''));
      pending = [];
      size = 0;
    }
    pending.push('\n');
    await handle.write(pending.join(''));
  } finally {
    await handle.close();
  }
}

/** Writes the JSON and markdown reports where asked; returns the paths written. */
export async function writeReportFiles(
  report: Report,
  paths: { json?: string; markdown?: string },
): Promise<{ json?: string; markdown?: string }> {
  const folder = (file: string) => mkdir(path.dirname(path.resolve(file)), { recursive: true });
  if (paths.json) {
    await folder(paths.json);
    await writeJson(paths.json, report);
  }
  if (paths.markdown) {
    await folder(paths.markdown);
    await writeFile(paths.markdown, renderMarkdown(report));
  }
  return paths;
}
