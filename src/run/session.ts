import type { Side } from '../model/types.js';
import { ConnectorError, excerpt, type ConnectorFailure, type RunOperation } from './errors.js';
import { LineTooLongError } from './lines.js';
import { ConnectorProcess, type LaunchSpec } from './process.js';
import { parseResponse, type ConnectorType, type Response } from './protocol.js';

const STDERR_TAIL_LINES = 50;

export interface SessionContext {
  side: Side;
  connectorType: ConnectorType;
  captureName: string;
  maxLineBytes: number;
  stopGraceMs: number;
  mask: (text: string) => string;
  onLog?: (line: string) => void;
}

/**
 * Reads stdout lines of another protocol as Flow responses (run/airbyte-codec.ts): a response, a
 * failure the connector reported, or undefined for a line to pass over.
 */
export interface LineCodec {
  takePending(): Response | undefined;
  decode(line: string): Response | { failure: ConnectorFailure; detail: string } | undefined;
}

/** A protocol session: the running process and the helpers every operation needs. */
export interface Session {
  readonly process: ConnectorProcess;
  readonly context: SessionContext;
  /** The next response, undefined at end of output; throws ConnectorError on non-JSON or a type not in `expected`. */
  read(expected: readonly string[]): Promise<Response | undefined>;
  fail(failure: ConnectorFailure, detail: string): ConnectorError;
}

/**
 * Starts the connector, runs `body` against it within `timeoutMs`, and makes sure that nothing of it is
 * left running afterwards. A timeout kills the whole process tree (and the container) and is reported as such.
 */
export async function withSession<T>(
  ctx: SessionContext,
  launch: LaunchSpec,
  operation: RunOperation,
  timeoutMs: number,
  body: (s: Session) => Promise<T>,
  codec?: LineCodec,
): Promise<T> {
  const proc = new ConnectorProcess(launch, {
    maxLineBytes: ctx.maxLineBytes,
    stderrLines: STDERR_TAIL_LINES,
    mask: ctx.mask,
    onLog: ctx.onLog,
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void proc.kill();
  }, timeoutMs);
  const fail = (failure: ConnectorFailure, detail: string) => new ConnectorError(ctx.side, operation, failure, detail, proc.stderrTail());

  const session: Session = {
    process: proc,
    context: ctx,
    fail,
    async read(expected) {
      let response = codec?.takePending();
      while (!response) {
        let line: string | undefined;
        try {
          line = await proc.next();
        } catch (err) {
          if (err instanceof LineTooLongError) throw fail('too-long', err.message);
          throw err;
        }
        if (line === undefined) return undefined;
        if (codec) {
          const decoded = codec.decode(line);
          if (decoded && 'failure' in decoded) throw fail(decoded.failure, ctx.mask(decoded.detail));
          response = decoded;
          continue;
        }
        const parsed = parseResponse(line);
        if (typeof parsed === 'string') throw fail('not-json', `stdout line is ${parsed}: ${excerpt(ctx.mask(line))}`);
        response = parsed;
      }
      if (!expected.includes(response.type)) {
        throw fail('unexpected', `expected ${expected.map((t) => `"${t}"`).join(' or ')}, got a "${response.type}" response`);
      }
      return response;
    },
  };

  try {
    return await body(session);
  } catch (err) {
    // Whatever the body saw (an early EOF, a kill signal) is a consequence of the timeout.
    if (timedOut) throw fail('timeout', `timed out after ${formatMs(timeoutMs)}; the connector was killed`);
    throw err;
  } finally {
    clearTimeout(timer);
    await (proc.running ? proc.kill() : proc.exited);
  }
}

/** The error for a stdout that ended early: a failed exit explains it better than the missing response. */
export async function endOfOutput(s: Session, expecting: string): Promise<ConnectorError> {
  const exit = await s.process.exited;
  if (exit.spawnError) return s.fail('spawn', `could not start the connector: ${exit.spawnError.message}`);
  if (exit.code !== 0) {
    return s.fail(
      'exit',
      exit.code === null ? `the connector was killed by ${exit.signal}` : `the connector exited with code ${exit.code}`,
    );
  }
  return s.fail('eof', `the connector exited (code 0) without ${expecting}`);
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms} ms`;
}
