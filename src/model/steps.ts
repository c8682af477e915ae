import type { Stage } from './types.js';

/**
 * What became of one stage of a check, kept for every stage in one record (as bufbuild/buf-action
 * keeps each step's Result in its Steps, src/main.ts): it ran, and its findings say how it came
 * out; it was skipped, and why; or it failed, with the (masked) message. The report's stage rows
 * are built from this record and the findings, once.
 */
export type Step = { status: 'ran' } | { status: 'skipped'; reason: string } | { status: 'failed'; message: string };

export type Steps = Record<Stage, Step>;

export const ran: Step = { status: 'ran' };
export const skipped = (reason: string): Step => ({ status: 'skipped', reason });
export const failed = (message: string): Step => ({ status: 'failed', message });
