/**
 * Bad input from the user (a missing folder, invalid JSON, a compat.yaml entry without a reason).
 * The CLI prints its message as one line and exits 2; the action fails the step with it.
 * Messages say what is wrong and how to fix it; they never carry secret values.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/** Turns any thrown value into a one-line message. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
