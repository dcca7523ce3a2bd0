import { randomBytes } from 'node:crypto';
import {
  applyPathOverrides,
  listOperations,
  loadOpenApiDocument,
  type OperationInfo,
  type PathOverrides,
} from '../../spec/openapi/index.ts';
import { DEFAULT_TARGET_PROFILE, type TargetProfile } from '../../spec/profile/index.ts';
import { createValidators, getDefaultValidators } from '../../spec/validate/index.ts';
import { createClock, type ClockMode, type SimulatorClock } from './clock.ts';
import { DEFAULT_CONTROL_PREFIX } from './control-http.ts';
import { createControl, type SimulatorControl } from './control-plane.ts';
import { defectSet, type SimulatorDefect } from './defects.ts';
import { DEFAULT_EXCHANGE_LOG_LIMIT, ExchangeLog, type ExchangeListener } from './exchange-log.ts';
import { createIdentity } from './identity.ts';
import { checkControlPrefix } from './router.ts';
import type { SimulatorRuntime } from './runtime.ts';
import { createSimulatorServer } from './server.ts';
import type { SimulatorProfile, SimulatorSettings } from './settings.ts';
import { SimulatorState, type PartnerCredentials } from './state.ts';
import { createTokenIssuer } from './tokens.ts';

// startSimulator: the stateful LinkCy SCA simulator, in process, on a loopback port.

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Default sandbox (BY_PASS performs the operation); production refuses BY_PASS. */
  profile?: SimulatorProfile;
  /** Signature TTL; default 30 000 ms (seed: "Signature TTL is 30 sec."). */
  signatureTtlMs?: number;
  /** Refuse signatures no virtual device recorded (unknown age). Default false. */
  strictTtl?: boolean;
  /** The target profile to play (spec/profile, `--expect FILE`). Default DEFAULT_TARGET_PROFILE. */
  expect?: TargetProfile;
  /** Serve the control plane over HTTP under `controlPrefix`. Default true in process (the CLI: only with --control). */
  control?: boolean;
  /** Default /__control. */
  controlPrefix?: string;
  /** The seeded partner; the password defaults to a random one per start. */
  partner?: Partial<PartnerCredentials>;
  /** Partner and end-user bearer token lifetime on the simulator clock; default 15 min. */
  tokenTtlMs?: number;
  /** Refresh token lifetime; default 24 h. */
  refreshTokenTtlMs?: number;
  /** `system` (default): wall clock plus control offsets; `manual`: frozen, moved only by the control plane. */
  clock?: ClockMode;
  /** Where the clock starts (ms since the epoch); default now. */
  clockStartMs?: number;
  /** operationId -> real path template, when the partner's LinkCy paths differ from the document's. */
  pathOverrides?: PathOverrides;
  /** How many exchanges the log keeps; default 1000. */
  exchangeLogLimit?: number;
  /** Told of every exchange as it is logged, unredacted (`serve --record`, the client kit). Must not throw. */
  onExchange?: ExchangeListener;
  /** TEST ONLY: deliberate defects for the probe suite's fault catalogue (see defects.ts). */
  defects?: readonly SimulatorDefect[];
}

/** The first line `linkcy-sca serve` prints: what a client needs to talk to this simulator. */
export interface SimulatorInfo {
  url: string;
  partner: PartnerCredentials;
  /** Base64 of the 65-byte SEC1 master public key that signs activation codes. */
  masterPublicKey: string;
  /** Base64 (16 bytes): the pa_application_key signatures must carry. */
  applicationKey: string;
  /** Base64 (16 bytes): appended to the signed data. */
  applicationSecret: string;
  /** Present only when the control plane is served over HTTP. */
  controlPrefix?: string;
}

export interface SimulatorHandle {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  readonly info: SimulatorInfo;
  readonly clock: SimulatorClock;
  readonly control: SimulatorControl;
  /** The operations at the paths served (path overrides applied). */
  readonly operations: readonly OperationInfo[];
  stop(): Promise<void>;
}

export const SIMULATOR_DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  profile: 'sandbox',
  signatureTtlMs: 30_000,
  tokenTtlMs: 15 * 60_000,
  refreshTokenTtlMs: 24 * 60 * 60_000,
  partnerName: 'sandbox-partner',
  username: 'partner',
} as const;

export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const document = loadOpenApiDocument();
  const pathOverrides = options.pathOverrides ?? {};
  const servedDocument = Object.keys(pathOverrides).length === 0 ? document : applyPathOverrides(document, pathOverrides);
  const operations = listOperations(servedDocument);
  const controlPrefix = options.control === false ? undefined : (options.controlPrefix ?? DEFAULT_CONTROL_PREFIX);
  if (controlPrefix !== undefined) checkControlPrefix(controlPrefix, operations);

  const settings: SimulatorSettings = {
    profile: options.profile ?? SIMULATOR_DEFAULTS.profile,
    signatureTtlMs: nonNegative('signatureTtlMs', options.signatureTtlMs ?? SIMULATOR_DEFAULTS.signatureTtlMs),
    strictTtl: options.strictTtl ?? false,
    tokenTtlMs: nonNegative('tokenTtlMs', options.tokenTtlMs ?? SIMULATOR_DEFAULTS.tokenTtlMs),
    refreshTokenTtlMs: nonNegative('refreshTokenTtlMs', options.refreshTokenTtlMs ?? SIMULATOR_DEFAULTS.refreshTokenTtlMs),
    partner: {
      partnerName: options.partner?.partnerName ?? SIMULATOR_DEFAULTS.partnerName,
      username: options.partner?.username ?? SIMULATOR_DEFAULTS.username,
      password: options.partner?.password ?? randomBytes(18).toString('base64url'),
    },
    defects: defectSet(options.defects),
    expect: options.expect ?? DEFAULT_TARGET_PROFILE,
  };
  const runtime: SimulatorRuntime = {
    state: new SimulatorState(),
    clock: createClock(options.clock ?? 'system', options.clockStartMs),
    identity: createIdentity(),
    tokenIssuer: createTokenIssuer(settings.partner.partnerName),
    settings,
    operations,
    // The document's own validators are compiled once per process and shared by every simulator.
    validators: servedDocument === document ? getDefaultValidators() : createValidators(servedDocument),
    exchangeLog: new ExchangeLog(options.exchangeLogLimit ?? DEFAULT_EXCHANGE_LOG_LIMIT, options.onExchange),
  };
  const control = createControl(runtime);
  const server = createSimulatorServer(runtime, control, controlPrefix);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? SIMULATOR_DEFAULTS.port, options.host ?? SIMULATOR_DEFAULTS.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('startSimulator: the server is not listening on a TCP port');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const info: SimulatorInfo = {
    url,
    partner: { ...settings.partner },
    masterPublicKey: runtime.identity.masterKeyPair.publicKey.toString('base64'),
    applicationKey: runtime.identity.applicationKey,
    applicationSecret: runtime.identity.applicationSecret,
    ...(controlPrefix === undefined ? {} : { controlPrefix }),
  };
  return {
    url,
    info,
    clock: runtime.clock,
    control,
    operations,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

function nonNegative(option: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`startSimulator: ${option} must be a non-negative integer of ms, got ${value}`);
  return value;
}
