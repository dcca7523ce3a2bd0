import { predict, type Expectation, type HeaderFact, type PushMode, type ScaCase, type TokenKind } from '../../spec/expectations/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { ProbeContext } from './context.ts';
import { profileAlternatives, type ProfileAlternative } from './profile-readings.ts';
import { credentialOf } from './fixtures/operations.ts';
import type { Scene } from './fixtures/scene.ts';

// From what a case did to the facts the expectation model reads (spec/expectations ScaCase), and
// the prediction for them. Families state facts; they never decide an outcome themselves.

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
}

function headerFact(value: string | undefined): HeaderFact {
  return value === undefined ? { present: false } : { present: true, value };
}

export function scaCaseFor(context: ProbeContext, scene: Pick<Scene, 'devices' | 'factors' | 'registrationPending'>, parts: ScaCaseParts): ScaCase {
  return {
    operationId: parts.operationId,
    profile: context.profile,
    token: parts.token ?? credentialOf(parts.operationId),
    endUser: { devices: scene.devices, factors: [...scene.factors], registrationPending: scene.registrationPending },
    strategy: headerFact(parts.strategy),
    factorHeader: headerFact(parts.factor),
    signature: parts.signature ?? { present: false },
    ...(parts.ageMs === undefined ? {} : { ageMs: parts.ageMs }),
    ...(parts.pushMode === undefined ? {} : { pushMode: parts.pushMode }),
    requestValid: parts.requestValid ?? true,
    resourceExists: parts.resourceExists ?? true,
  };
}

/** The prediction for a case, and what it would be under the other documented readings of the disputed profile rows. */
export function judgeFor(context: ProbeContext, scaCase: ScaCase): { expectations: Expectation[]; alternatives: ProfileAlternative[] } {
  const expectation = predictFor(context, scaCase);
  return { expectations: [expectation], alternatives: profileAlternatives(context, scaCase, expectation) };
}

export function predictFor(context: ProbeContext, scaCase: ScaCase): Expectation {
  return predict(scaCase, { signatureTtlMs: context.signatureTtlMs, expect: context.expect });
}
