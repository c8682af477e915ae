import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model/errors.js';
import { isJsonObject } from '../model/json.js';
import type { AtfPatch, AtfPatchError } from '../model/types.js';

/**
 * The patch files an ATF image applies, as estuary/airbyte's airbyte-to-flow reads them from its
 * working folder (airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs): `spec.patch.json`
 * (a JSON merge patch on the connectionSpecification), `oauth2.patch.json` (replaces the oauth2
 * spec), `documentation_url.patch.json` (`{"documentation_url": ...}`), `selected_streams.json`
 * (the streams left enabled), and per stream in `streams/`: `<name>.patch.json` (a merge patch on
 * its json_schema) and `<name>.pk.json` (its primary key, an array of top-level field names);
 * `*` as the name applies to every stream.
 */
const TOP_FILES: Record<string, AtfPatch['kind']> = {
  'spec.patch.json': 'spec',
  'oauth2.patch.json': 'oauth2',
  'documentation_url.patch.json': 'documentation-url',
  'selected_streams.json': 'selected-streams',
};

export interface AtfPatchFiles {
  /** Where they were read, as the report names it: the folder, or the image they were copied out of. */
  source: string;
  patches: AtfPatch[];
  /** Files that could not be used, with why: the rest of the check goes on without them. */
  errors: AtfPatchError[];
}

async function parsed(file: string, name: string, errors: AtfPatchError[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    errors.push({ file: name, reason: err instanceof SyntaxError ? `not valid JSON: ${err.message}` : 'cannot be read' });
    return undefined;
  }
}

/** Checks a patch file's shape against what airbyte-to-flow expects of it; undefined when usable. */
function shapeError(kind: AtfPatch['kind'], content: unknown): string | undefined {
  const isObject = isJsonObject(content);
  if (kind === 'stream-key' || kind === 'selected-streams')
    return Array.isArray(content) && content.every((s) => typeof s === 'string') ? undefined : 'expected an array of strings';
  if (kind === 'documentation-url')
    return isObject && typeof (content as { documentation_url?: unknown }).documentation_url === 'string'
      ? undefined
      : 'expected {"documentation_url": "..."}';
  return isObject ? undefined : 'expected a JSON object';
}

/** Reads the patch files of a folder (a checkout of the connector's folder in estuary/airbyte, or files copied out of an image). */
export async function readAtfPatches(dir: string, source = dir): Promise<AtfPatchFiles> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new InputError(`${dir}: no such directory (atf-patches names a folder holding spec.patch.json, streams/ and the like)`);
  const errors: AtfPatchError[] = [];
  const entries: { name: string; file: string; kind: AtfPatch['kind']; stream?: string }[] = [];
  for (const name of (await readdir(dir)).sort()) {
    if (TOP_FILES[name]) entries.push({ name, file: path.join(dir, name), kind: TOP_FILES[name] });
  }
  const streams = path.join(dir, 'streams');
  for (const name of (await readdir(streams).catch(() => [])).sort()) {
    const m = /^(.+)\.(patch|pk)\.json$/.exec(name);
    if (m)
      entries.push({
        name: `streams/${name}`,
        file: path.join(streams, name),
        kind: m[2] === 'pk' ? 'stream-key' : 'stream-schema',
        stream: m[1],
      });
  }
  const patches: AtfPatch[] = [];
  for (const e of entries) {
    const content = await parsed(e.file, e.name, errors);
    if (content === undefined) continue;
    const bad = shapeError(e.kind, content);
    if (bad) errors.push({ file: e.name, reason: bad });
    else patches.push({ file: e.name, kind: e.kind, content, ...(e.stream !== undefined ? { stream: e.stream } : {}) });
  }
  return { source, patches, errors };
}
