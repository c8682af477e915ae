import * as core from '@actions/core';
import type { Logger } from '../model/log.js';

export const actionLogger: Logger = {
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  group: (name, fn) => core.group(name, fn),
};
