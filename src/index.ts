import * as core from '@actions/core';
import { errorMessage } from './model/errors.js';
import { run } from './action/main.js';

try {
  await run();
} catch (err) {
  core.setFailed(errorMessage(err));
}
