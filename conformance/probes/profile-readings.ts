import type { ErrorCode } from '../../spec/errors/index.ts';
import { expectedStatusOf, predict, type Expectation, type ScaCase } from '../../spec/expectations/index.ts';
import { DEFAULT_TARGET_PROFILE, PROFILE_DOCUMENTATION, type TargetProfile } from '../../spec/profile/index.ts';

// Where LinkCy's sources disagree, the target profile declares one reading (issue 8 item 5). A
// target that answers as another documented reading is not wrong against the sources, only against
// what it declared: the probes report it as an informational reading (observed vs declared, with
// the sources of each side), never as a failure. An answer no documented reading explains fails.

/** One side of a reading: the profile row's value and the sources that document it. */
export interface ReadingSide {
  readonly value: string;
  readonly sources: readonly string[];
}

export interface ProfileReading {
  /** The profile row, e.g. signatureMismatchStatus. */
  readonly row: keyof TargetProfile;
  readonly declared: ReadingSide;
  readonly observed: ReadingSide;
}

/** What a prediction reads (check.ts JudgeContext is one; not imported: check.ts imports this module's types). */
export interface PredictionContext {
  readonly expect: TargetProfile;
  readonly signatureTtlMs: number;
}

/** A documented reading other than the declared one, and what the case would answer under it. */
export interface ProfileAlternative {
  readonly reading: ProfileReading;
  readonly expectation: Expectation;
}

/** JSON's kind of a value: a reading of another kind than the row's default is not a value of the row. */
function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** The rows whose sources disagree, with the readings that are values of the row (JSON of the row's kind). */
const DISPUTED = PROFILE_DOCUMENTATION.filter((row) => row.documented.length > 1).map((row) => ({
  row: row.row,
  readings: row.documented.flatMap((reading) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(reading.value);
    } catch {
      // A reading that is not a value of the row ("[operations agreed with LinkCy]") is prose.
      return [];
    }
    // Nor is a policy named for a per-operation map (scaPolicies' "psd2-exemptions", D-MUT-SCA-1).
    return kindOf(parsed) === kindOf(DEFAULT_TARGET_PROFILE[row.row]) ? [{ value: reading.value, parsed, sources: reading.sources }] : [];
  }),
}));

function declaredSide(row: keyof TargetProfile, expect: TargetProfile): ReadingSide {
  const value = JSON.stringify(expect[row]);
  const documented = PROFILE_DOCUMENTATION.find((entry) => entry.row === row)?.documented.find((reading) => reading.value === value);
  return { value, sources: documented?.sources ?? ['the target profile (--expect)'] };
}

/**
 * For each disputed row, each other documented reading whose prediction for this case differs
 * from the declared profile's: what the case would answer had the target declared that reading.
 */
export function profileAlternatives(context: PredictionContext, scaCase: ScaCase, declared: Expectation): ProfileAlternative[] {
  return DISPUTED.flatMap(({ row, readings }) =>
    readings.flatMap((reading) => {
      if (reading.value === JSON.stringify(context.expect[row])) return [];
      const expect = { ...context.expect, [row]: reading.parsed } as TargetProfile;
      const expectation = predict(scaCase, { signatureTtlMs: context.signatureTtlMs, expect });
      const same = JSON.stringify(expectation.outcome) === JSON.stringify(declared.outcome);
      return same ? [] : [{ reading: { row, declared: declaredSide(row, context.expect), observed: { value: reading.value, sources: reading.sources } }, expectation }];
    }),
  );
}

/**
 * An error code answered with another status than the declared profile gives it, where that
 * status is another documented reading (SCA_SIGNATURE_DOES_NOT_MATCH: 401 by the label's number,
 * 403 by its text).
 */
export function statusReading(code: ErrorCode, observedStatus: number, expect: TargetProfile): ProfileReading | undefined {
  if (code !== 'SCA_SIGNATURE_DOES_NOT_MATCH' || observedStatus === expectedStatusOf(code, expect)) return undefined;
  const documented = PROFILE_DOCUMENTATION.find((entry) => entry.row === 'signatureMismatchStatus')?.documented.find((reading) => reading.value === String(observedStatus));
  if (documented === undefined) return undefined;
  return { row: 'signatureMismatchStatus', declared: declaredSide('signatureMismatchStatus', expect), observed: { value: documented.value, sources: documented.sources } };
}
