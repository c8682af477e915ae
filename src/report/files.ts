import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/types.js';
import { renderMarkdown } from './markdown.js';

/** Writes the JSON and markdown reports where asked; returns the paths written. */
export async function writeReportFiles(
  report: Report,
  paths: { json?: string; markdown?: string },
): Promise<{ json?: string; markdown?: string }> {
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  };
  if (paths.json) await write(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  if (paths.markdown) await write(paths.markdown, renderMarkdown(report));
  return paths;
}
