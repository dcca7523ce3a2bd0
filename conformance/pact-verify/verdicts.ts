import { isSecretField, isSecretHeader, redactText, redactValue } from '../../spec/redaction/index.ts';
import type { InteractionRecord } from './interaction-ledger.ts';
import type { PactHttpInteraction, ReadPact } from '../../contracts/check/read-pact.ts';

// One verdict per interaction of the pact, from what the Pact verifier saw and what our side
// knows: an interaction whose states could not be built was never sent, so whatever the
// verifier says of it, it is "not verified", never "passed". Every reason is redacted: the
// verifier quotes bodies, and bodies carry tokens and activation codes.

export type Verdict = 'passed' | 'failed' | 'not-verified';

export interface InteractionOutcome {
  readonly description: string;
  readonly states: readonly string[];
  readonly verdict: Verdict;
  /** Why it failed or was not verified; empty when it passed. */
  readonly reasons: readonly string[];
  /** What the re-signing did to the request. */
  readonly notes: readonly string[];
  /** Its Linkcy-SCA-Signature was replaced by a fresh one. */
  readonly resigned: boolean;
}

/** The parts of the Pact verifier's JSON report read here. */
export interface VerifierResult {
  readonly description: string;
  readonly result: string;
  readonly mismatch?: { readonly type?: string; readonly message?: string; readonly mismatches?: readonly VerifierMismatch[] };
}

interface VerifierMismatch {
  readonly type?: string;
  readonly mismatch?: string;
  readonly path?: string;
  readonly key?: string;
}

export function parseVerifierJson(text: string): VerifierResult[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`the Pact verifier did not run: ${redactText(text)}`);
  }
  const results = typeof json === 'object' && json !== null ? (json as { interactionResults?: unknown }).interactionResults : undefined;
  if (!Array.isArray(results)) throw new Error('the Pact verifier answered no interaction results');
  return results as VerifierResult[];
}

/**
 * `records` and `results` are both in play order (the ledger counts the verifier's interactions
 * as they start); each result is tied to the pact's interaction by description, in order.
 * Message interactions (`pact.skipped`) cannot be sent to an HTTP target: not verified.
 */
export function judgeInteractions(pact: ReadPact, records: readonly InteractionRecord[], results: readonly VerifierResult[]): InteractionOutcome[] {
  const played = new Map<PactHttpInteraction, Play>();
  const unclaimed = [...pact.interactions];
  results.forEach((result, index) => {
    const position = unclaimed.findIndex((interaction) => interaction.description === result.description);
    if (position < 0) return;
    const [interaction] = unclaimed.splice(position, 1);
    if (interaction !== undefined) played.set(interaction, { result, record: records[index] });
  });
  return [
    ...pact.interactions.map((interaction) => judge(interaction, played.get(interaction))),
    ...pact.skipped.map((description): InteractionOutcome => ({
      description,
      states: [],
      verdict: 'not-verified',
      reasons: ['not an HTTP interaction: verify-pact sends HTTP requests only'],
      notes: [],
      resigned: false,
    })),
  ];
}

interface Play {
  readonly result: VerifierResult;
  readonly record: InteractionRecord | undefined;
}

function judge(interaction: PactHttpInteraction, play: Play | undefined): InteractionOutcome {
  const base = { description: interaction.description, states: interaction.providerStates, resigned: play?.record?.resigned ?? false };
  if (play === undefined) return { ...base, verdict: 'not-verified', reasons: ['the Pact verifier did not play it'], notes: [] };
  const { result, record } = play;
  const notes = (record?.notes ?? []).map(redactText);
  const notSent = record?.notSent ?? [];
  if (notSent.length > 0) return { ...base, verdict: 'not-verified', reasons: notSent.map(redactText), notes };
  if (result.result === 'OK') return { ...base, verdict: 'passed', reasons: [], notes };
  return { ...base, verdict: 'failed', reasons: mismatchReasons(result), notes };
}

function mismatchReasons(result: VerifierResult): string[] {
  const { mismatch } = result;
  if (mismatch?.mismatches !== undefined && mismatch.mismatches.length > 0) {
    return mismatch.mismatches.map((entry) => {
      const where = entry.path ?? (entry.key === undefined ? undefined : `header ${entry.key}`);
      return redactText(`${entry.type ?? 'Mismatch'}${where === undefined ? '' : ` (at ${where})`}: ${quotedSecretsMasked(entry)}`);
    });
  }
  return [redactText(mismatch?.message ?? `the Pact verifier reported ${result.result}`)];
}

/**
 * The verifier quotes both values ('actual' to be equal to 'expected'); under a secret field or
 * header (an activation code, a token) both are masked, which a free-text redaction cannot know.
 */
function quotedSecretsMasked(entry: VerifierMismatch): string {
  const text = entry.mismatch ?? 'differs from the pact';
  const field = entry.key ?? entry.path?.split('.').at(-1);
  if (field === undefined || !(isSecretField(field) || isSecretHeader(field))) return text;
  return text.replace(/'([^']*)'/g, (quoted, value: string) => (value === field ? quoted : `'${redactValue(value)}'`));
}
