import { getAt } from './pointer.js';
import type { JsonObject } from './types.js';

/** ATF and CDK both use these when a spec names none. */
export const DEFAULT_RESOURCE_PATH_POINTERS = ['/namespace', '/stream'];

/**
 * A binding's identity: the values at the spec's resourcePathPointers. Missing values are left out
 * (ATF's `/namespace` is usually absent), so `{stream: "users"}` has the path `["users"]`.
 */
export function resourcePath(resourceConfig: JsonObject, pointers: readonly string[]): string[] {
  const path: string[] = [];
  for (const pointer of pointers) {
    const value = getAt(resourceConfig, pointer);
    if (value === undefined || value === null || value === '') continue;
    path.push(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return path;
}
