// Which store reads a file: by extension as sops does, and by content when the extension says
// nothing (sops would need --input-type there).
import path from 'node:path';
import type { SopsDocument } from '../tree.js';
import { parseDotenv } from './dotenv.js';
import { parseIni } from './ini.js';
import { parseYaml } from './yaml.js';

export type StoreFormat = 'yaml' | 'json' | 'dotenv' | 'ini';

const BY_EXTENSION: Record<string, StoreFormat> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.env': 'dotenv',
  '.ini': 'ini',
};

export function detectFormat(file: string, text: string): StoreFormat {
  const known = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (known) return known;
  if (text.trimStart().startsWith('{')) return 'json';
  if (/^sops_(mac|lastmodified)=/m.test(text)) return 'dotenv';
  if (/^\s*\[sops\]\s*$/m.test(text)) return 'ini';
  return 'yaml';
}

export function parseStore(text: string, format: StoreFormat): SopsDocument {
  switch (format) {
    case 'dotenv':
      return parseDotenv(text);
    case 'ini':
      return parseIni(text);
    default:
      return parseYaml(text);
  }
}
