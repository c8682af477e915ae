// INI files (stores/ini/store.go, read by go-ini): sections are top-level maps of string values,
// the `sops` section holds the flat metadata. Keys before any section belong to DEFAULT.
import { InputError } from '../../model/errors.js';
import { Branch, Comment, type SopsDocument } from '../tree.js';
import { unflatten } from './flat.js';

interface Cursor {
  lines: string[];
  i: number;
}

// go-ini's readValue: triple-quoted and backquoted values may span lines; otherwise the value is
// trimmed, cut at an inline `#`/`;` comment, and unquoted.
function readValue(first: string, at: Cursor): string {
  const line = first.trimStart();
  const quote = line.startsWith('"""') ? '"""' : line.startsWith('`') ? '`' : '';
  if (quote) {
    let rest = line.slice(quote.length);
    for (;;) {
      const end = rest.lastIndexOf(quote);
      if (end >= 0) return rest.slice(0, end);
      at.i += 1;
      if (at.i >= at.lines.length) throw new InputError(`an INI value opened with ${quote} is never closed`);
      rest += `\n${at.lines[at.i]}`;
    }
  }
  let value = line.trim();
  while (value.endsWith('\\') && at.i + 1 < at.lines.length) {
    at.i += 1;
    value = value.slice(0, -1) + at.lines[at.i]!.trim();
  }
  const comment = value.search(/[#;]/);
  if (comment >= 0) value = value.slice(0, comment).trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
  return value;
}

export function parseIni(text: string): SopsDocument {
  const sections = new Map<string, Branch>([['DEFAULT', new Branch()]]);
  let current = sections.get('DEFAULT')!;
  const at: Cursor = { lines: text.replaceAll('\r\n', '\n').split('\n'), i: 0 };
  for (; at.i < at.lines.length; at.i += 1) {
    const line = at.lines[at.i]!.trim();
    if (line === '') continue;
    if (line.startsWith('#') || line.startsWith(';')) {
      current.items.push({ key: new Comment(line.replace(/^[#;]+\s*/, '')), value: null });
      continue;
    }
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      const name = header[1]!.trim();
      current = sections.get(name) ?? new Branch();
      sections.set(name, current);
      continue;
    }
    const sep = line.search(/[=:]/);
    if (sep < 1) throw new InputError(`line ${at.i + 1} of the INI file is neither a section nor KEY = VALUE`);
    current.items.push({ key: line.slice(0, sep).trim(), value: readValue(line.slice(sep + 1), at) });
  }
  const sops = sections.get('sops');
  sections.delete('sops');
  // go-ini always has a DEFAULT section; leave it out when the file put nothing in it.
  if (sections.get('DEFAULT')!.items.length === 0) sections.delete('DEFAULT');
  const tree = new Branch([...sections].map(([key, value]) => ({ key, value })));
  if (!sops) return { tree };
  const flat = sops.items.flatMap((i) => (typeof i.key === 'string' ? [[i.key, String(i.value)] as [string, string]] : []));
  return { tree, metadata: unflatten(flat) };
}
