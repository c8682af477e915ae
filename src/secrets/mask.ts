/** Replaces every occurrence of each secret with `***`, longest first so no fragment of a longer one survives. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const unique = [...new Set(secrets.filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return text;
  // One alternation, longest first, in one pass: a replacement is never searched again.
  const pattern = new RegExp(unique.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, '***');
}
