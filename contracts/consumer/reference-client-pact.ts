import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { LinkcyClient, LinkcyError } from '../../examples/reference-client/linkcy-client.ts';
import { addInteraction } from '../add-interaction.ts';
import { ContractBuilder, EXAMPLE_VALUES, LIFECYCLE_STEPS, type ContractInteraction, type ScaCaseName } from '../interactions.ts';
import { testDevice } from '../test-device.ts';

// The reference client's consumer tests: each interaction the reference client makes, played by
// LinkcyClient against the Pact mock server (loopback), its answer checked the way the client's
// caller sees it; the pact file is what they leave behind. The client logs in against a local
// stand-in (the example token): login is not part of the SCA contract, and the mock serves one
// interaction at a time.

export const CONSUMER = 'linkcy-reference-client';
export const PROVIDER = 'linkcy-sca-api';
export const PACT_FILE_NAME = `${CONSUMER}-${PROVIDER}.json`;

/**
 * The cases the reference client produces: it signs with DATA_SIGNING or sends no strategy at all;
 * it never sends BY_PASS and never DATA_SIGNING without a signature (D-PACT-4). Its refresh is a
 * step of its token handling, not a call it makes for the partner, so refreshToken is left out.
 */
const REFERENCE_CASES: readonly ScaCaseName[] = ['data-signing', 'sca-required', 'signature-mismatch', 'no-active-device', 'token-expired'];

export function referenceClientInteractions(builder: ContractBuilder = new ContractBuilder()): ContractInteraction[] {
  return [
    ...builder
      .scaOperations()
      .filter((operationId) => operationId !== 'refreshToken')
      .flatMap((operationId) => REFERENCE_CASES.map((scaCase) => builder.scaInteraction(operationId, scaCase))),
    ...LIFECYCLE_STEPS.map((step) => builder.lifecycleInteraction(step)),
  ];
}

/** Answers the client's login locally with the example token; everything else goes to the mock. */
function mockFetch(mockUrl: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    if (url.pathname === '/api/partner/login') {
      return new Response(JSON.stringify({ token: EXAMPLE_VALUES.partnerToken }), { status: 200, headers: { 'content-type': 'application/json' } });
    }
    return fetch(`${mockUrl}${url.pathname}${url.search}`, init);
  };
}

/** What the client's caller sees: the answer, or LinkCy's status and code. */
export type ClientResult = { ok: true } | { ok: false; status: number; errorCode: string };

async function play(interaction: ContractInteraction, mockUrl: string): Promise<ClientResult> {
  const client = new LinkcyClient({ baseUrl: 'http://linkcy.example', partnerName: 'example-partner', username: 'example', password: 'example-password', fetch: mockFetch(mockUrl) });
  const device = testDevice();
  const { sends } = interaction;
  try {
    await client.call(sends.method, sends.path, {
      ...(sends.body === undefined ? {} : { body: sends.body }),
      ...(sends.signed ? { sca: { signer: async (request) => device.sign(request), when: 'always' as const } } : {}),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof LinkcyError) return { ok: false, status: error.status, errorCode: error.errorCode };
    throw error;
  }
}

/** Plays every reference interaction, checks each answer, writes the pact into `dir`. */
export async function writeReferencePact(dir: string): Promise<void> {
  // Pact merges into an existing file: an interaction removed from the builders would linger.
  rmSync(join(dir, PACT_FILE_NAME), { force: true });
  for (const interaction of referenceClientInteractions()) {
    const pact = new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir, logLevel: 'error' });
    await addInteraction(pact, interaction).executeTest(async (mockServer) => {
      const result = await play(interaction, mockServer.url);
      const { outcome } = interaction;
      const expected: ClientResult = outcome.kind === 'success' ? { ok: true } : { ok: false, status: outcome.status, errorCode: outcome.code };
      if (JSON.stringify(result) !== JSON.stringify(expected)) {
        throw new Error(`${interaction.description}: the reference client saw ${JSON.stringify(result)}, expected ${JSON.stringify(expected)}`);
      }
    });
  }
}
