import type { Side } from '../model/types.js';

export type RunOperation = 'spec' | 'discover' | 'validate' | 'apply' | 'capture';

export type ConnectorFailure = 'exit' | 'timeout' | 'not-json' | 'unexpected' | 'eof' | 'too-long' | 'spawn' | 'trace';

/** How many stderr lines the one-line message carries; all kept lines stay in `stderrTail`. */
const MESSAGE_TAIL_LINES = 5;
const MESSAGE_TAIL_CHARS = 600;

/**
 * A connector run that went wrong. The message is one line naming the side, the operation and what was
 * received; the connector's last (masked) stderr lines are in `stderrTail` for a log or report.
 */
export class ConnectorError extends Error {
  override name = 'ConnectorError';

  constructor(
    readonly side: Side,
    readonly operation: RunOperation,
    readonly failure: ConnectorFailure,
    detail: string,
    readonly stderrTail: string[] = [],
  ) {
    super(`${side} ${operation}: ${detail}${tailSuffix(stderrTail)}`);
  }
}

function tailSuffix(tail: readonly string[]): string {
  const lines = tail.map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return '';
  let text = lines.slice(-MESSAGE_TAIL_LINES).join(' | ');
  if (text.length > MESSAGE_TAIL_CHARS) text = `…${text.slice(-MESSAGE_TAIL_CHARS)}`;
  return `; last stderr: ${text}`;
}

/** The start of a line for a message: long enough to recognise, short enough for one line. */
export function excerpt(line: string, max = 200): string {
  const flat = line.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}
