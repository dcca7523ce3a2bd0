import { resolve as resolvePath } from 'node:path';
import { readPactFile, type ReadPact } from '../../contracts/check/read-pact.ts';
import type { PathOverrides } from '../../spec/openapi/index.ts';
import type { SimulatorDefect, SimulatorProfile } from '../simulator/index.ts';
import { createProbeContext } from '../probes/context.ts';
import { CaseSession } from '../probes/session.ts';
import { resolveTarget, type Target } from '../targets/index.ts';
import { InteractionLedger } from './interaction-ledger.ts';
import { providerStateHandlers } from './provider-state-handlers.ts';
import { resigningFilter } from './resigning-filter.ts';
import { judgeInteractions, parseVerifierJson, type InteractionOutcome } from './verdicts.ts';

// The verification itself, run in the worker process (verification-worker.ts): the target, the
// Pact verifier with our state handlers and re-signing filter, and the verdict per interaction.

export interface VerificationConfig {
  readonly pactFile: string;
  /** `simulator` or an http(s) URL. */
  readonly target: string;
  readonly simulatorInfo?: string;
  /** operationId -> the target's real path template (`--paths`), already checked by the caller. */
  readonly pathOverrides?: PathOverrides;
  /** false: recorded signatures are sent as they are. */
  readonly resign: boolean;
  /** Embedded simulator only. */
  readonly profile?: SimulatorProfile;
  /** TEST ONLY: embedded simulator defects, so a provider that differs from the pact can be shown failing. */
  readonly defects?: readonly SimulatorDefect[];
}

export type VerificationMessage =
  | { readonly kind: 'verified'; readonly target: string; readonly outcomes: readonly InteractionOutcome[]; readonly durationMs: number }
  /** The target could not be started or reached: nothing was verified (exit 2). */
  | { readonly kind: 'target-error'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

export async function runVerification(config: VerificationConfig): Promise<VerificationMessage> {
  const pact = readPactFile(config.pactFile);
  let target: Target;
  try {
    target = await resolveTarget(config.target, {
      ...(config.simulatorInfo === undefined ? {} : { simulatorInfo: config.simulatorInfo }),
      ...(config.profile === undefined ? {} : { profile: config.profile }),
      ...(config.pathOverrides === undefined ? {} : { pathOverrides: config.pathOverrides }),
      ...(config.defects === undefined ? {} : { defects: config.defects }),
    });
  } catch (error) {
    return { kind: 'target-error', message: error instanceof Error ? error.message : String(error) };
  }
  try {
    const startedAt = performance.now();
    const outcomes = await verifyAgainst(target, pact, config);
    return { kind: 'verified', target: target.description, outcomes, durationMs: Math.round(performance.now() - startedAt) };
  } finally {
    await target.close();
  }
}

async function verifyAgainst(target: Target, pact: ReadPact, config: VerificationConfig): Promise<InteractionOutcome[]> {
  const context = await createProbeContext(target);
  // Loaded only once the target answered: the Pact core takes seconds to load.
  const { Verifier } = await import('@pact-foundation/pact');
  const ledger = new InteractionLedger((index) => new CaseSession(context, `pact-interaction-${index}`));
  const verifier = new Verifier({
    providerBaseUrl: target.baseUrl,
    pactUrls: [resolvePath(config.pactFile)],
    logLevel: 'error',
    stateHandlers: providerStateHandlers(ledger),
    requestFilter: resigningFilter(ledger, { resign: config.resign, basePath: new URL(target.baseUrl).pathname.replace(/\/$/, '') }) as never,
  });
  let json: string;
  try {
    json = await verifier.verifyProvider();
  } catch (error) {
    // A failed verification rejects with the same JSON report as a passed one resolves with.
    json = error instanceof Error ? error.message : String(error);
  }
  return judgeInteractions(pact, ledger.records, parseVerifierJson(json));
}
