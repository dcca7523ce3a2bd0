import { predict, type Expectation, type HeaderFact, type KycFact, type PushMode, type ScaCase, type TokenKind } from '../../spec/expectations/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { JudgeContext } from './check.ts';
import { profileAlternatives, type ProfileAlternative } from './profile-readings.ts';
import { credentialOf } from './fixtures/operations.ts';
import type { Scene } from './fixtures/scene.ts';

// From what a case did to the facts the expectation model reads (spec/expectations ScaCase), and
// the prediction for them. Families state facts (scaCaseFor); checks predict (judgeFor).

export interface ScaCaseParts {
  readonly operationId: OperationId;
  /** Default: the credential the operation is sent with (fixtures/operations.ts credentialOf). */
  readonly token?: TokenKind;
  /** Raw header values as sent; undefined when the header is absent. */
  readonly strategy?: string;
  readonly factor?: string;
  /** Default: no signature. */
  readonly signature?: ScaCase['signature'];
  readonly ageMs?: number;
  readonly pushMode?: PushMode;
  /** Default true. */
  readonly requestValid?: boolean;
  /** Default true. */
  readonly resourceExists?: boolean;
  /** The SCA subject's KYC; default validated. */
  readonly kyc?: KycFact;
}

function headerFact(value: string | undefined): HeaderFact {
  return value === undefined ? { present: false } : { present: true, value };
}

export function scaCaseFor(context: Pick<JudgeContext, 'profile'>, scene: Pick<Scene, 'devices' | 'factors' | 'registrationPending'>, parts: ScaCaseParts): ScaCase {
  return {
    operationId: parts.operationId,
    profile: context.profile,
    token: parts.token ?? credentialOf(parts.operationId),
    endUser: { devices: scene.devices, factors: [...scene.factors], registrationPending: scene.registrationPending, ...(parts.kyc === undefined ? {} : { kyc: parts.kyc }) },
    strategy: headerFact(parts.strategy),
    factorHeader: headerFact(parts.factor),
    signature: parts.signature ?? { present: false },
    ...(parts.ageMs === undefined ? {} : { ageMs: parts.ageMs }),
    ...(parts.pushMode === undefined ? {} : { pushMode: parts.pushMode }),
    requestValid: parts.requestValid ?? true,
    resourceExists: parts.resourceExists ?? true,
  };
}

/** What a case is held to: any of `expectations` conforms; `alternatives` are the other documented readings of disputed profile rows. */
export interface Prediction {
  /** More than one only where the case cannot pin the facts down (ttl/boundary.ts). */
  readonly expectations: readonly Expectation[];
  readonly alternatives: readonly ProfileAlternative[];
}

/** The prediction for a case, and what it would be under the other documented readings of the disputed profile rows. */
export function judgeFor(judge: JudgeContext, scaCase: ScaCase): Prediction {
  const expectation = predictFor(judge, scaCase);
  return { expectations: [expectation], alternatives: profileAlternatives(judge, scaCase, expectation) };
}

export function predictFor(judge: JudgeContext, scaCase: ScaCase): Expectation {
  return predict(scaCase, { signatureTtlMs: judge.signatureTtlMs, expect: judge.expect });
}
