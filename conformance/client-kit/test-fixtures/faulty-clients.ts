import { LinkcyError, type Signer } from '../../../examples/reference-client/linkcy-client.ts';
import { field, onboardDevice, runWith, type ClientVariation, type Outcome, type TaskContext } from '../../../examples/reference-client/run.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { ClientAdapter } from '../adapter-runner.ts';

// Faulty clients: the reference client with ONE defect each, for the kit to catch. Where a defect
// would show in several scenarios, it is switched on in the scenario built to catch it only, so
// the test can demand that scenario, that requirement, and nothing else.

export interface FaultyClient {
  readonly defect: string;
  /** The one scenario that must fail. */
  readonly scenario: string;
  /** The requirement its findings must name. */
  readonly requirementId: RequirementId;
  readonly run: ClientAdapter;
}

type Env = Record<string, string | undefined>;

/** The reference client, varied only while `scenario` runs. */
function variedIn(scenario: string, variation: (env: Env) => ClientVariation): ClientAdapter {
  return (current, env) => runWith(current, env, current === scenario ? variation(env) : {});
}

/** A fetch that rewrites each request (headers, URL) before sending it. */
function rewritingFetch(rewrite: (url: string, init: RequestInit & { headers: Record<string, string> }) => string): typeof fetch {
  return (input, init) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const request = { ...init, headers };
    const url = rewrite(String(input), request);
    return fetch(url, request);
  };
}

function headerName(headers: Record<string, string>, name: string): string | undefined {
  return Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
}

const REGISTER_URI = (endUserId: string): string => `/api/partner/end-users/${encodeURIComponent(endUserId)}/sca-devices`;

export const FAULTY_CLIENTS: readonly FaultyClient[] = [
  {
    defect: 'sends BY_PASS in production',
    scenario: 'production-profile',
    requirementId: 'SCA-CLI-006',
    run: variedIn('production-profile', () => ({
      fetch: rewritingFetch((url, init) => {
        const strategy = headerName(init.headers, 'linkcy-sca-strategy');
        if (strategy !== undefined) {
          init.headers[strategy] = 'BY_PASS';
          const signature = headerName(init.headers, 'linkcy-sca-signature');
          if (signature !== undefined) delete init.headers[signature];
        }
        return url;
      }),
    })),
  },
  {
    defect: 'signs re-serialised JSON',
    scenario: 'no-active-device',
    requirementId: 'SCA-CLI-001',
    run: variedIn('no-active-device', () => ({
      wrapSigner: (signer) => (request) => signer({ ...request, body: request.body === '' ? '' : JSON.stringify(JSON.parse(request.body), null, 2) }),
    })),
  },
  {
    defect: 'signs the path without the query',
    scenario: 'pan-credentials',
    requirementId: 'SCA-CLI-001',
    // Its HTTP layer adds a query (a channel tag) to the signed GET after the app signed the bare
    // path. No SCA-eligible operation of the contract takes a query parameter (the ones that do,
    // the lists, are not SCA-eligible), so the query is the client's own addition.
    run: variedIn('pan-credentials', () => ({
      wrapSigner: (signer) => (request) => signer({ ...request, uri: request.uri.split('?')[0] ?? request.uri }),
      fetch: rewritingFetch((url, init) => (init.method === 'GET' && url.endsWith('/pan/credentials') ? `${url}?channel=app` : url)),
    })),
  },
  {
    defect: 'retries with a used signature',
    scenario: 'transient-failure',
    requirementId: 'SCA-CLI-003',
    // An HTTP retry layer below the client replays the request, signature and all.
    run: variedIn('transient-failure', () => ({
      fetch: async (input, init) => {
        const first = await fetch(input, init);
        return first.status >= 500 ? fetch(input, init) : first;
      },
    })),
  },
  {
    defect: 'holds a signature past the TTL',
    scenario: 'token-expired',
    requirementId: 'SCA-CLI-002',
    run: variedIn('token-expired', () => ({
      // Asks the app for the registration's signature before logging in, and uses it after.
      tasks: {
        'token-expired': async (context: TaskContext): Promise<Outcome> => {
          const endUserId = field(context.input.endUserId, 'endUserId');
          const early = context.app.signerFor(endUserId, context.input.scaDeviceId)({ method: 'POST', uri: REGISTER_URI(endUserId), body: '' });
          let used = false;
          const signerFor = (user: string, device?: string): Signer => {
            const fresh = context.app.signerFor(user, device);
            return (request) => {
              if (used) return fresh(request);
              used = true;
              return early;
            };
          };
          await early;
          return onboardDevice({ ...context, signerFor });
        },
      },
    })),
  },
  {
    defect: 'loops on SCA_REQUIRED',
    scenario: 'sca-required',
    requirementId: 'SCA-CLI-012',
    // Retries the default strategy four times, hoping the push got approved meanwhile.
    run: variedIn('sca-required', () => ({
      fetch: async (input, init) => {
        let answer = await fetch(input, init);
        const headers = { ...(init?.headers as Record<string, string> | undefined) };
        for (const name of ['linkcy-sca-strategy', 'linkcy-sca-signature']) {
          const key = headerName(headers, name);
          if (key !== undefined) delete headers[key];
        }
        for (let retry = 0; retry < 4 && /SCA_REQUIRED/.test(await answer.clone().text()); retry++) answer = await fetch(input, { ...init, headers });
        return answer;
      },
    })),
  },
  {
    defect: 'deletes with an end-user token',
    scenario: 'delete-device',
    requirementId: 'SCA-CLI-007',
    run: variedIn('delete-device', (env) => ({
      fetch: rewritingFetch((url, init) => {
        const endUserToken = (JSON.parse(env.LINKCY_INPUT ?? '{}') as { endUserToken?: string }).endUserToken;
        if (init.method === 'DELETE' && endUserToken !== undefined) init.headers.authorization = `Bearer ${endUserToken}`;
        return url;
      }),
    })),
  },
  {
    defect: 'never refreshes',
    scenario: 'token-expired',
    requirementId: 'SCA-CLI-013',
    // Its token cache answers refreshes and logins itself, with the token it already has.
    run: variedIn('token-expired', () => {
      let cached: string | undefined;
      return {
        fetch: async (input, init) => {
          const url = String(input);
          if (cached !== undefined && /\/api\/partner\/(login|refresh)$/.test(url)) return new Response(cached, { status: 200, headers: { 'content-type': 'application/json' } });
          const answer = await fetch(input, init);
          if (/\/api\/partner\/login$/.test(url) && answer.ok) cached = await answer.clone().text();
          return answer;
        },
      };
    }),
  },
  {
    defect: 'sends the escaped-quote header of the docs',
    scenario: 'onboard-extra-device',
    requirementId: 'SCA-CLI-004',
    run: variedIn('onboard-extra-device', () => ({
      wrapSigner: (signer) => async (request) => (await signer(request)).replaceAll('"', '\\"'),
    })),
  },
  {
    defect: 'crashes on a 5xx',
    scenario: 'transient-failure',
    requirementId: 'SCA-CLI-011',
    run: variedIn('transient-failure', () => ({
      fetch: async (input, init) => {
        const answer = await fetch(input, init);
        if (answer.status >= 500) throw new TypeError(`unexpected status ${answer.status}`);
        return answer;
      },
    })),
  },
  {
    defect: 'leaks the token in a query string',
    scenario: 'delete-device',
    requirementId: 'SCA-CLI-009',
    run: variedIn('delete-device', () => ({
      fetch: rewritingFetch((url, init) => {
        const token = /^Bearer (.+)$/.exec(init.headers.authorization ?? '')?.[1];
        return init.method === 'DELETE' && token !== undefined ? `${url}?access_token=${encodeURIComponent(token)}` : url;
      }),
    })),
  },
  {
    defect: 'ignores the outcome of activation',
    scenario: 'onboard-first-device',
    requirementId: 'SCA-CLI-014',
    // Hands the app a bare code it refuses, calls Activate anyway, and reports the device as registered.
    run: variedIn('onboard-first-device', (env) => ({
      tasks: {
        'onboard-first-device': async ({ client, input }: TaskContext): Promise<Outcome> => {
          const endUserId = field(input.endUserId, 'endUserId');
          const registration = (await client.call('POST', REGISTER_URI(endUserId))) as { scaDeviceId: string; activationCode: string };
          await fetch(`${env.LINKCY_APP_URL ?? ''}/end-users/${endUserId}/activation`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ activationCode: registration.activationCode }),
          });
          await client.call('POST', `/api/partner/sca-devices/${registration.scaDeviceId}/activate`).catch((error: unknown) => {
            if (!(error instanceof LinkcyError)) throw error;
          });
          return { ok: true, scaDeviceId: registration.scaDeviceId };
        },
      },
    })),
  },
];
