import { readFileSync } from 'node:fs';

// What verify-pact needs to know of a pact before the Pact verifier runs it: the interactions in
// file order (the order the verifier plays them), their provider states, and whether each is an
// HTTP interaction at all. Pact files of any consumer are accepted (specification 2 to 4).

export interface PactProviderState {
  readonly name: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface PactInteractionSummary {
  readonly description: string;
  /** V4 interaction key, when the file has one. */
  readonly key?: string;
  readonly providerStates: readonly PactProviderState[];
  /** V4 message interactions are not HTTP requests: the verifier cannot send them to a target. */
  readonly http: boolean;
}

export interface PactSummary {
  /** e.g. "4.0"; "unknown" when the metadata does not say. */
  readonly specification: string;
  readonly consumer: string;
  readonly provider: string;
  readonly interactions: readonly PactInteractionSummary[];
}

/** The file is not a pact: the message names the file and the field at fault. */
export class PactFileError extends Error {
  override readonly name = 'PactFileError';
}

export function readPactFile(file: string): PactSummary {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PactFileError(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PactFileError(`${file}: is not JSON; expected a Pact file`);
  }
  return parsePact(json, file);
}

export function parsePact(json: unknown, file: string): PactSummary {
  if (!isRecord(json)) throw new PactFileError(`${file}: expected a JSON object (a Pact file)`);
  if (!Array.isArray(json.interactions)) throw new PactFileError(`${file}: "interactions" must be an array; this is not a Pact file`);
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const specification = isRecord(metadata.pactSpecification) ? metadata.pactSpecification.version : metadata['pact-specification'];
  return {
    specification: typeof specification === 'string' ? specification : isRecord(specification) && typeof specification.version === 'string' ? specification.version : 'unknown',
    consumer: nameOf(json.consumer),
    provider: nameOf(json.provider),
    interactions: json.interactions.map((interaction, index) => interactionOf(interaction, `${file}: interactions[${index}]`)),
  };
}

function interactionOf(interaction: unknown, where: string): PactInteractionSummary {
  if (!isRecord(interaction)) throw new PactFileError(`${where}: expected an object`);
  if (typeof interaction.description !== 'string' || interaction.description === '') throw new PactFileError(`${where}.description: expected a non-empty string`);
  const type = interaction.type;
  return {
    description: interaction.description,
    ...(typeof interaction.key === 'string' ? { key: interaction.key } : {}),
    providerStates: statesOf(interaction, where),
    http: type === undefined || type === 'Synchronous/HTTP',
  };
}

/** V3/V4 `providerStates: [{name, params}]`; V2 `providerState: "name"`. */
function statesOf(interaction: Record<string, unknown>, where: string): PactProviderState[] {
  if (typeof interaction.providerState === 'string') return [{ name: interaction.providerState, params: {} }];
  if (interaction.providerStates === undefined) return [];
  if (!Array.isArray(interaction.providerStates)) throw new PactFileError(`${where}.providerStates: expected an array`);
  return interaction.providerStates.map((state, index) => {
    if (!isRecord(state) || typeof state.name !== 'string') throw new PactFileError(`${where}.providerStates[${index}].name: expected a string`);
    return { name: state.name, params: isRecord(state.params) ? state.params : {} };
  });
}

function nameOf(party: unknown): string {
  return isRecord(party) && typeof party.name === 'string' ? party.name : '(unnamed)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
