/** Where progress goes: the Actions log in the action, stderr in the CLI, nowhere in tests. */
export interface Logger {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Runs fn inside a collapsible group (Actions) or under a heading (CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** The levels of a logger's lines. */
export type LogLevel = 'info' | 'notice' | 'warning';

/** A logger that hands each line to `tell` with its level (groups are not told). */
export function levelLogger(tell: (level: LogLevel, message: string) => void): Logger {
  return {
    info: (m) => tell('info', m),
    notice: (m) => tell('notice', m),
    warning: (m) => tell('warning', m),
    group: (_name, fn) => fn(),
  };
}

export const silentLogger: Logger = levelLogger(() => {});

/** A logger that writes notices and warnings as streamLogger does, and no progress (info lines, group headings). */
export function warningsLogger(write: (text: string) => void): Logger {
  return { ...streamLogger(write), info: () => {}, group: (_name, fn) => fn() };
}

export function streamLogger(write: (text: string) => void): Logger {
  return {
    info: (m) => write(`${m}\n`),
    notice: (m) => write(`notice: ${m}\n`),
    warning: (m) => write(`warning: ${m}\n`),
    group: async (name, fn) => {
      write(`== ${name}\n`);
      return fn();
    },
  };
}
