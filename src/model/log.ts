/** Where progress goes: the Actions log in the action, stderr in the CLI, nowhere in tests. */
export interface Logger {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Runs fn inside a collapsible group (Actions) or under a heading (CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  info: () => {},
  notice: () => {},
  warning: () => {},
  group: (_name, fn) => fn(),
};

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
