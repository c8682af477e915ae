/** The shortest run of a secret's characters that is masked wherever it shows, not only the whole value. */
export const MIN_MASKED_RUN = 8;

/**
 * A function that masks the secrets in a text: every occurrence of each secret, and every run of
 * 8 or more characters of one (a connector that logs a key's first 12 characters leaks that much),
 * each masked stretch replaced by `***`. Secrets shorter than the run are masked where they occur whole.
 */
export function secretMasker(secrets: readonly string[]): (text: string) => string {
  const unique = [...new Set(secrets.filter((s) => s !== ''))];
  if (unique.length === 0) return (text) => text;
  // Every run of at least MIN_MASKED_RUN characters of a secret is covered by its windows of that length.
  const windows = new Set<string>();
  for (const s of unique) for (let i = 0; i + MIN_MASKED_RUN <= s.length; i++) windows.add(s.slice(i, i + MIN_MASKED_RUN));
  const short = unique.filter((s) => s.length < MIN_MASKED_RUN).sort((a, b) => b.length - a.length);
  const whole = short.length ? new RegExp(short.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  return (text) => {
    const spans: Array<[number, number]> = [];
    if (windows.size > 0) {
      for (let i = 0; i + MIN_MASKED_RUN <= text.length; i++) {
        if (windows.has(text.slice(i, i + MIN_MASKED_RUN))) spans.push([i, i + MIN_MASKED_RUN]);
      }
    }
    if (whole) for (const m of text.matchAll(whole)) spans.push([m.index, m.index + m[0].length]);
    if (spans.length === 0) return text;
    spans.sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    let [from, to] = spans[0]!;
    for (const [f, t] of spans) {
      if (f <= to) to = Math.max(to, t);
      else {
        out += `${text.slice(at, from)}***`;
        [at, from, to] = [to, f, t];
      }
    }
    return `${out}${text.slice(at, from)}***${text.slice(to)}`;
  };
}

/** Masks the secrets in one text (see secretMasker; build the masker once for many texts). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  return secretMasker(secrets)(text);
}
