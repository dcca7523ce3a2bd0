import { MatchersV3 } from '@pact-foundation/pact';
import type { OpenAPIV3_1 } from 'openapi-types';
import { OPERATION_RECIPES, type SceneResources } from '../conformance/probes/fixtures/operations.ts';
import {
  applyPathOverrides,
  isRecord,
  listOperations,
  loadOpenApiDocument,
  resolveLocalRef,
  type HttpMethod,
  type OperationId,
  type OperationInfo,
  type PathOverrides,
} from '../spec/openapi/index.ts';
import { readErrorCode } from '../spec/errors/index.ts';
import { GOOD_SIGNATURE_FACTS, predict, type ExpectedOutcome, type ScaCase } from '../spec/expectations/index.ts';
import type { TargetProfile } from '../spec/profile/index.ts';
import { PROVIDER_STATES, type ProviderStateDefinition, type ProviderStateValue } from './provider-states.ts';
import { matchersFor } from './schema-matchers.ts';
import { SIGNATURE_HEADER_PATTERN } from './signature-pattern.ts';
import { testDeviceSignature } from './test-device.ts';

// Interaction builders for the SCA flows: one per (SCA-eligible operation, SCA case) and the device
// lifecycle. Nothing here is written per interaction: the outcome comes from the decision table
// (spec/expectations predict, under the target profile), the request body from the probes'
// operation table, the response body from the document's example for that status and code, the
// matchers from the document's schemas, the signature from the test device, and ids and tokens
// from the provider states (fromProviderState), so a verifier builds them on the provider.

export const SCA_CASES = ['data-signing', 'by-pass', 'sca-required', 'signature-mismatch', 'signature-missing', 'no-active-device', 'token-expired'] as const;
export type ScaCaseName = (typeof SCA_CASES)[number];

export const LIFECYCLE_STEPS = ['register-first-device', 'activate-device', 'delete-device'] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

/** What a consumer test sends for an interaction: concrete values the mock server matches. */
export interface ConsumerRequest {
  readonly method: HttpMethod;
  /** Path as sent, with the example ids. */
  readonly path: string;
  /** The JSON body as an object (the client serialises it); absent: no body. */
  readonly body?: unknown;
  readonly strategy?: string;
  /** The request carries Linkcy-SCA-Signature (a consumer signs it). */
  readonly signed: boolean;
  /** The request carries the partner's bearer token. */
  readonly bearer: boolean;
}

export interface ContractInteraction {
  readonly description: string;
  readonly operationId: OperationId;
  readonly providerStates: readonly ProviderStateDefinition[];
  /** What a reader of the pact file must know about its example values (written as V4 comments). */
  readonly comments: readonly string[];
  /** The answer the decision table gives to these facts. */
  readonly outcome: ExpectedOutcome;
  readonly sends: ConsumerRequest;
  /** The Pact request and response templates (matchers included). */
  readonly request: { readonly method: HttpMethod; readonly path: unknown; readonly headers: Record<string, unknown>; readonly body?: unknown };
  readonly response: { readonly status: number; readonly headers: Record<string, unknown>; readonly body?: unknown };
}

export interface BuildOptions {
  /** The target profile whose readings the outcomes follow (`--expect`); default the suite's. */
  readonly expect?: TargetProfile;
  /** The target's real paths (`--paths`: operationId -> path template); default the document's. */
  readonly paths?: PathOverrides;
}

/** The example values behind every provider-state expression (what a consumer test uses). */
export const EXAMPLE_VALUES: Readonly<Record<ProviderStateValue, string>> = {
  // A JWT-shaped example with an "example" signature: no system issued it.
  partnerToken: `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'example-partner', role: 'PARTNER', iat: 1767225600, exp: 4102444800 })}.example-signature`,
  endUserId: '6f1c2b9a-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
  endUserRefreshToken: 'example-refresh-token',
  scaDeviceId: '0b7e3c1d-2a4f-4e6b-9c8d-1f2e3a4b5c6d',
  ledgerId: '2d4f6a8c-1b3e-4c5d-9e7f-0a1b2c3d4e5f',
  secondLedgerId: '3e5a7b9d-2c4f-4d6e-8f0a-1b2c3d4e5f60',
  cardProfileId: '4f6b8cad-3d5e-4e7f-9a1b-2c3d4e5f6071',
  cardId: '5a7c9dbe-4e6f-4f80-8b2c-3d4e5f607182',
  beneficiaryId: '6b8daecf-5f70-4091-9c3d-4e5f60718293',
};

const EXAMPLE_TOKEN_COMMENT =
  'Authorization: an example token no system issued, matched by type; the provider state gives the live one (${partnerToken}).';
const EXAMPLE_SIGNATURE_COMMENT =
  'Linkcy-SCA-Signature: an example made by the test device (contracts/test-device.ts, keys from a public label), ' +
  'matched by the PowerAuth header grammar; a verifier re-signs the request with a device of the provider state.';

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The resources the probes' request table reads, filled with the example values. */
const EXAMPLE_RESOURCES: SceneResources = {
  partner: { partnerName: 'example-partner', username: 'example', password: 'example-password' },
  partnerName: 'example-partner',
  endUserId: EXAMPLE_VALUES.endUserId,
  endUserRefreshToken: EXAMPLE_VALUES.endUserRefreshToken,
  ledgerId: EXAMPLE_VALUES.ledgerId,
  secondLedgerId: EXAMPLE_VALUES.secondLedgerId,
  cardDesignId: '7c9ebfd0-6081-41a2-8d4e-5f6071829304',
  cardProfileId: EXAMPLE_VALUES.cardProfileId,
  cardId: EXAMPLE_VALUES.cardId,
  beneficiaryId: EXAMPLE_VALUES.beneficiaryId,
  corporateId: '8dafc0e1-7192-42b3-9e5f-60718293a415',
  consumerPhone: '33612345678',
  scaDeviceId: EXAMPLE_VALUES.scaDeviceId,
};

const VALUE_NAMES = Object.keys(EXAMPLE_VALUES) as ProviderStateValue[];

function providerValueNamed(value: string): ProviderStateValue | undefined {
  return VALUE_NAMES.find((name) => EXAMPLE_VALUES[name] === value);
}

/** Every example id in a JSON value becomes a provider-state expression. */
function injectProviderValues(value: unknown): unknown {
  if (typeof value === 'string') {
    const name = providerValueNamed(value);
    return name === undefined ? value : MatchersV3.fromProviderState(`\${${name}}`, value);
  }
  if (Array.isArray(value)) return value.map(injectProviderValues);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, injectProviderValues(inner)]));
  return value;
}

/** The facts of each SCA case, for the decision table, and the provider states that build them. */
interface CaseFacts {
  readonly states: readonly ProviderStateDefinition[];
  readonly strategy?: string;
  readonly signed: boolean;
  readonly facts: (base: ScaCase) => ScaCase;
}

const CASES: Readonly<Record<ScaCaseName, CaseFacts>> = {
  'data-signing': {
    states: [PROVIDER_STATES.activeDevice],
    strategy: 'DATA_SIGNING',
    signed: true,
    facts: (base) => ({ ...base, strategy: { present: true, value: 'DATA_SIGNING' }, signature: { present: true, wellFormed: true, facts: GOOD_SIGNATURE_FACTS } }),
  },
  'by-pass': {
    states: [PROVIDER_STATES.activeDevice, PROVIDER_STATES.sandbox],
    strategy: 'BY_PASS',
    signed: false,
    facts: (base) => ({ ...base, strategy: { present: true, value: 'BY_PASS' } }),
  },
  'sca-required': { states: [PROVIDER_STATES.activeDevice], signed: false, facts: (base) => base },
  'signature-mismatch': {
    states: [PROVIDER_STATES.activeDevice, PROVIDER_STATES.signatureMismatch],
    strategy: 'DATA_SIGNING',
    signed: true,
    facts: (base) => ({
      ...base,
      strategy: { present: true, value: 'DATA_SIGNING' },
      signature: { present: true, wellFormed: true, facts: { ...GOOD_SIGNATURE_FACTS, dataMatches: false } },
    }),
  },
  'signature-missing': {
    states: [PROVIDER_STATES.activeDevice],
    strategy: 'DATA_SIGNING',
    signed: false,
    facts: (base) => ({ ...base, strategy: { present: true, value: 'DATA_SIGNING' } }),
  },
  'no-active-device': {
    // The decision table's NO_ACTIVE_SCA_DEVICE_FOUND rows: a device exists, none ACTIVE.
    states: [PROVIDER_STATES.deviceAwaitingActivation],
    strategy: 'DATA_SIGNING',
    signed: true,
    facts: (base) => ({
      ...base,
      endUser: { devices: 'pending-only', factors: [], registrationPending: true },
      strategy: { present: true, value: 'DATA_SIGNING' },
      signature: { present: true, wellFormed: true, facts: { ...GOOD_SIGNATURE_FACTS, device: 'own-pending' } },
    }),
  },
  'token-expired': {
    states: [PROVIDER_STATES.activeDevice, PROVIDER_STATES.partnerTokenExpired],
    strategy: 'DATA_SIGNING',
    signed: true,
    facts: (base) => ({
      ...base,
      token: 'expired',
      strategy: { present: true, value: 'DATA_SIGNING' },
      signature: { present: true, wellFormed: true, facts: GOOD_SIGNATURE_FACTS },
    }),
  },
};

function baseCase(operation: OperationInfo): ScaCase {
  return {
    operationId: operation.operationId,
    profile: 'sandbox',
    token: OPERATION_RECIPES[operation.operationId].credential ?? 'partner',
    endUser: { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: false },
    strategy: { present: false },
    factorHeader: { present: false },
    signature: { present: false },
    requestValid: true,
    resourceExists: true,
  };
}

/** The cases that make sense for an operation: an expired bearer needs a bearer. */
export function casesOf(operationId: OperationId): ScaCaseName[] {
  return SCA_CASES.filter((name) => name !== 'token-expired' || OPERATION_RECIPES[operationId].bearer === 'partner');
}

export class ContractBuilder {
  readonly #doc: OpenAPIV3_1.Document;
  readonly #operations: ReadonlyMap<OperationId, OperationInfo>;
  readonly #options: BuildOptions;

  constructor(options: BuildOptions = {}, doc: OpenAPIV3_1.Document = loadOpenApiDocument()) {
    this.#doc = options.paths === undefined ? doc : applyPathOverrides(doc, options.paths);
    this.#operations = new Map(listOperations(this.#doc).map((operation) => [operation.operationId, operation]));
    this.#options = options;
  }

  /** The SCA-eligible operations of the document, in document order. */
  scaOperations(): OperationId[] {
    return [...this.#operations.values()].filter((operation) => operation.scaEligible).map((operation) => operation.operationId);
  }

  /** One SCA case of one SCA-eligible operation. */
  scaInteraction(operationId: OperationId, scaCase: ScaCaseName): ContractInteraction {
    const operation = this.#operation(operationId);
    if (!operation.scaEligible) throw new Error(`contracts: ${operationId} takes no SCA headers; SCA cases apply to ${this.scaOperations().join(', ')}`);
    const facts = CASES[scaCase];
    const outcome = this.#predict(facts.facts(baseCase(operation)));
    return this.#interaction(operation, {
      description: `${operationId}: ${scaCase}`,
      states: facts.states,
      strategy: facts.strategy,
      signed: facts.signed,
      outcome,
    });
  }

  /** A step of the device lifecycle: a first registration (no SCA), the partner's activation, a deletion. */
  lifecycleInteraction(step: LifecycleStep): ContractInteraction {
    const plans: Readonly<Record<LifecycleStep, { operationId: OperationId; state: ProviderStateDefinition; devices: ScaCase['endUser'] }>> = {
      'register-first-device': { operationId: 'registerScaDevice', state: PROVIDER_STATES.noDevice, devices: { devices: 'none', factors: [], registrationPending: false } },
      'activate-device': { operationId: 'activateScaDevice', state: PROVIDER_STATES.deviceAwaitingActivation, devices: { devices: 'pending-only', factors: [], registrationPending: true } },
      'delete-device': { operationId: 'deleteScaDevice', state: PROVIDER_STATES.activeDevice, devices: { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: false } },
    };
    const plan = plans[step];
    const operation = this.#operation(plan.operationId);
    const outcome = this.#predict({ ...baseCase(operation), endUser: plan.devices });
    return this.#interaction(operation, { description: `${plan.operationId}: ${step}`, states: [plan.state], signed: false, outcome });
  }

  /** Every interaction: each SCA case of each SCA-eligible operation, then the lifecycle. */
  all(): ContractInteraction[] {
    return [
      ...this.scaOperations().flatMap((operationId) => casesOf(operationId).map((scaCase) => this.scaInteraction(operationId, scaCase))),
      ...LIFECYCLE_STEPS.map((step) => this.lifecycleInteraction(step)),
    ];
  }

  #operation(operationId: OperationId): OperationInfo {
    const operation = this.#operations.get(operationId);
    if (operation === undefined) throw new Error(`contracts: the document has no operation ${operationId}`);
    return operation;
  }

  #predict(facts: ScaCase): ExpectedOutcome {
    return predict(facts, this.#options.expect === undefined ? {} : { expect: this.#options.expect }).outcome;
  }

  #interaction(
    operation: OperationInfo,
    plan: { description: string; states: readonly ProviderStateDefinition[]; strategy?: string | undefined; signed: boolean; outcome: ExpectedOutcome },
  ): ContractInteraction {
    const recipe = OPERATION_RECIPES[operation.operationId];
    const pathParams = recipe.pathParams(EXAMPLE_RESOURCES);
    const path = operation.pathTemplate.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(pathParams[name] ?? ''));
    const expression = operation.pathTemplate.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = providerValueNamed(pathParams[name] ?? '');
      return value === undefined ? (pathParams[name] ?? whole) : `\${${value}}`;
    });
    const bodyText = recipe.body?.(EXAMPLE_RESOURCES, 'main');
    const body: unknown = bodyText === undefined ? undefined : JSON.parse(bodyText);
    const bearer = recipe.bearer === 'partner';

    const headers: Record<string, unknown> = {};
    if (bearer) headers.Authorization = MatchersV3.fromProviderState('Bearer ${partnerToken}', `Bearer ${EXAMPLE_VALUES.partnerToken}`);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (plan.strategy !== undefined) headers['Linkcy-SCA-Strategy'] = plan.strategy;
    if (plan.signed) {
      const example = testDeviceSignature({ method: operation.method, uri: path, ...(bodyText === undefined ? {} : { body: bodyText }) });
      headers['Linkcy-SCA-Signature'] = MatchersV3.regex(SIGNATURE_HEADER_PATTERN, example);
    }
    const requestSchema = this.#requestSchema(operation.operationId);
    return {
      description: plan.description,
      operationId: operation.operationId,
      providerStates: plan.states,
      comments: [
        ...(bearer ? [EXAMPLE_TOKEN_COMMENT] : []),
        ...(plan.signed ? [EXAMPLE_SIGNATURE_COMMENT] : []),
      ],
      outcome: plan.outcome,
      sends: {
        method: operation.method,
        path,
        ...(body === undefined ? {} : { body }),
        ...(plan.strategy === undefined ? {} : { strategy: plan.strategy }),
        signed: plan.signed,
        bearer,
      },
      request: {
        method: operation.method,
        path: expression === path ? path : MatchersV3.fromProviderState(expression, path),
        headers,
        ...(body === undefined ? {} : { body: matchersFor(this.#doc, requestSchema, injectProviderValues(body), 'all') }),
      },
      response: this.#response(operation, plan.outcome),
    };
  }

  #response(operation: OperationInfo, outcome: ExpectedOutcome): ContractInteraction['response'] {
    const media = this.#responseMedia(operation.operationId, outcome.status);
    if (media === undefined) return { status: outcome.status, headers: {} };
    // Pact's regex matcher matches the whole value: a charset parameter must be allowed for.
    const headers = { 'Content-Type': MatchersV3.regex('^application/json(?:;.*)?$', 'application/json') };
    if (outcome.kind === 'success') {
      if (media.example === undefined) throw new Error(`contracts: ${operation.operationId} documents no example for ${outcome.status}`);
      return { status: outcome.status, headers, body: matchersFor(this.#doc, media.schema, media.example) };
    }
    // A profile may move a code to another status (a mismatch at 403): the body is the code's own.
    const example = this.#errorExample(operation.operationId, outcome.status, outcome.code);
    const body = { ...example, errorCode: MatchersV3.equal(outcome.code), status: outcome.status };
    return { status: outcome.status, headers, body: matchersFor(this.#doc, media.schema, body) };
  }

  /** The document's example body of `code` on this operation, at `status` first, else at any status. */
  #errorExample(operationId: OperationId, status: number, code: string): Record<string, unknown> {
    const responses = this.#operationObject(operationId).responses;
    const statuses = [String(status), ...Object.keys(isRecord(responses) ? responses : {})];
    for (const candidate of statuses) {
      const media = this.#responseMedia(operationId, Number(candidate));
      const examples = media !== undefined && isRecord(media.examples) ? Object.values(media.examples) : [];
      const found = examples.map((example) => resolveLocalRef(this.#doc, example)).find((example) => isRecord(example) && readErrorCode(example.value) === code);
      if (isRecord(found) && isRecord(found.value)) return found.value;
    }
    throw new Error(`contracts: ${operationId} documents no ${code} example: the pact would promise an undocumented answer`);
  }

  #operationObject(operationId: OperationId): Record<string, unknown> {
    const operation = this.#operation(operationId);
    const pathItem = this.#doc.paths?.[operation.pathTemplate];
    const node: unknown = pathItem?.[operation.method.toLowerCase() as Lowercase<HttpMethod>];
    if (!isRecord(node)) throw new Error(`contracts: ${operationId} not found at ${operation.pathTemplate}`);
    return node;
  }

  #requestSchema(operationId: OperationId): unknown {
    const requestBody = resolveLocalRef(this.#doc, this.#operationObject(operationId).requestBody);
    const content = isRecord(requestBody) && isRecord(requestBody.content) ? requestBody.content['application/json'] : undefined;
    return isRecord(content) ? content.schema : undefined;
  }

  #responseMedia(operationId: OperationId, status: number): Record<string, unknown> | undefined {
    const responses = this.#operationObject(operationId).responses;
    const response = resolveLocalRef(this.#doc, isRecord(responses) ? responses[String(status)] : undefined);
    if (!isRecord(response)) throw new Error(`contracts: ${operationId} does not document status ${status}`);
    const content = isRecord(response.content) ? response.content['application/json'] : undefined;
    return isRecord(content) ? content : undefined;
  }
}
