import * as core from '@actions/core';
import type { Logger } from '../model/log.js';

// The Actions log has one level of groups, and the two sides run at once: a group opened while
// another is open would swallow the other side's lines. Only one group is open at a time; work
// that starts meanwhile is announced with a plain heading line instead.
let open = 0;

export const actionLogger: Logger = {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  group: async (name, fn) => {
    if (open > 0) {
      core.info(`▶ ${name}`);
      return fn();
    }
    open++;
    try {
      return await core.group(name, fn);
    } finally {
      open--;
    }
  },
};
