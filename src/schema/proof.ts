// The vocabulary of the sequent prover: terms, proofs, the budget. prove.ts, atoms.ts and containers.ts share it.
import type { SNode } from './resolve.js';

/**
 * Terms of the sequent prover. `atom` is a schema node read for its own assertion keywords only;
 * its combining keywords ($ref, allOf, anyOf, oneOf, not, if) are separate terms.
 */
export type Term =
  | { k: 'node'; n: SNode }
  | { k: 'atom'; n: SNode }
  | { k: 'and' | 'or' | 'one'; ts: Term[] }
  | { k: 'not'; t: Term }
  | { k: 'ite'; i: Term; t?: Term; e?: Term }
  | { k: 'bool'; v: boolean };

export type Proof = { ok: true } | { ok: false; reason: string; pointer?: string; example?: unknown };

export const PROVED: Proof = { ok: true };
export const fail = (reason: string, pointer?: string, example?: unknown): Proof =>
  example === undefined ? { ok: false, reason, pointer } : { ok: false, reason, pointer, example };

export class OutOfBudget extends Error {}

export interface Ctx {
  steps: number;
  maxSteps: number;
  deadline: number;
  equivMemo: Map<string, boolean>;
  /** Sequents being proved on the current path, with the instance depth they were opened at. */
  open: Map<string, number>;
  /** The prover itself, for the atom and container rules that descend into children (no import cycle). */
  entails: (gamma: Term[], delta: Term[], depth: number, ctx: Ctx) => Proof;
}

export const node = (n: SNode): Term => ({ k: 'node', n });

/** One step of the budget: every loop that can grow with the schema spends, not only entails(). */
export function spend(ctx: Ctx): void {
  if (++ctx.steps > ctx.maxSteps || (ctx.steps % 256 === 0 && Date.now() > ctx.deadline)) throw new OutOfBudget();
}
