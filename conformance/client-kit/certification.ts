import { startSimulator, type ListenedExchange, type SimulatorHandle } from '../simulator/index.ts';
import { loadClientAdapter, runClientAdapter, type ClientAdapter } from './adapter-runner.ts';
import { startAppStandInFor, type AppStandIn } from './app-stand-in.ts';
import { runClientCommand } from './command-runner.ts';
import type { ClientEnvironment, ClientOutcome, ClientRunResult } from './contract.ts';
import { judgeSession, type ClientFinding } from './judge/index.ts';
import { deleteDevice, onboardAppDevice, partnerToken, registerDevice, type KitSession } from './kit-session.ts';
import { judgeOutcome, type SimulatorFacts } from './outcome-check.ts';
import { Recorder, type RecordedExchange } from './recording.ts';
import { SCENARIOS, type Scenario, type SetupFact } from './scenarios.ts';

// runClientCertification: every scenario against a fresh simulator state, the client run once per
// scenario (command or adapter mode), its traffic recorded and judged. The `certify` command calls
// this when it is given a client.

export type ClientUnderTest =
  | { readonly kind: 'command'; readonly command: string }
  | { readonly kind: 'adapter'; readonly module: string }
  /** An adapter already loaded (tests, tools embedding the kit). */
  | { readonly kind: 'function'; readonly name: string; readonly run: ClientAdapter };

export interface ClientCertificationOptions {
  readonly client: ClientUnderTest;
  /** Scenario ids to run; default all. An unknown id is an error naming the known ones. */
  readonly only?: readonly string[];
  /** Per scenario; default 60 s (a command pays its runtime's start-up every time). */
  readonly timeoutMs?: number;
  /** Told of each scenario as it ends (progress display). */
  readonly onScenario?: (result: ScenarioResult) => void;
}

export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  readonly requirementIds: readonly string[];
  readonly passed: boolean;
  readonly outcome: ClientOutcome | null;
  /** Why the client produced no outcome. */
  readonly crash: string | null;
  /** The client's stderr, secrets masked, its last 4 KB. */
  readonly stderr: string;
  readonly requests: number;
  readonly findings: readonly ClientFinding[];
  /** The client's exchanges (redacted), kept for a failed scenario only: the evidence for its findings. */
  readonly exchanges: readonly RecordedExchange[];
  readonly durationMs: number;
}

export interface ClientCertificationResult {
  /** `command: ...`, `adapter: ./module.ts` or `function: name`. */
  readonly client: string;
  readonly scenarios: readonly ScenarioResult[];
  readonly findings: readonly ClientFinding[];
  readonly passed: number;
  readonly failed: number;
}

export const DEFAULT_SCENARIO_TIMEOUT_MS = 60_000;
const TOKEN_TTL_MS = 15 * 60_000;
const SIGNATURE_TTL_MS = 30_000;
const STDERR_KEPT = 4096;
/** What the transfer scenario moves: the scene's ledger holds 1000 (major units). */
const TRANSFER_AMOUNT = 12.5;

/** The scenarios `only` names, in catalogue order; an unknown id throws, naming the known ones. */
export function selectScenarios(only: readonly string[] | undefined): readonly Scenario[] {
  if (only === undefined || only.length === 0) return SCENARIOS;
  const known = SCENARIOS.map((scenario) => scenario.id);
  const unknown = only.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return SCENARIOS.filter((scenario) => only.includes(scenario.id));
}

export async function runClientCertification(options: ClientCertificationOptions): Promise<ClientCertificationResult> {
  const scenarios = selectScenarios(options.only);
  const { client } = options;
  const adapter = client.kind === 'adapter' ? await loadClientAdapter(client.module) : client.kind === 'function' ? client.run : undefined;
  const benches = new Map<Scenario['profile'], Bench>();
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of scenarios) {
      let bench = benches.get(scenario.profile);
      if (bench === undefined) {
        bench = await startBench(scenario.profile);
        benches.set(scenario.profile, bench);
      }
      const result = await runScenario(bench, scenario, options.client, adapter, options.timeoutMs ?? DEFAULT_SCENARIO_TIMEOUT_MS);
      results.push(result);
      options.onScenario?.(result);
    }
  } finally {
    for (const bench of benches.values()) await bench.stop();
  }
  const failed = results.filter((result) => !result.passed).length;
  return {
    client: client.kind === 'command' ? `command: ${client.command}` : client.kind === 'adapter' ? `adapter: ${client.module}` : `function: ${client.name}`,
    scenarios: results,
    findings: results.flatMap((result) => result.findings),
    passed: results.length - failed,
    failed,
  };
}

/** One simulator (one profile, manual clock) and the app that talks to it. */
interface Bench {
  readonly simulator: SimulatorHandle;
  readonly app: AppStandIn;
  /** Where the simulator's exchanges go while a client runs. */
  listener: ((exchange: ListenedExchange) => void) | undefined;
  stop(): Promise<void>;
}

async function startBench(profile: Scenario['profile']): Promise<Bench> {
  const holder: { bench?: Bench } = {};
  const simulator = await startSimulator({
    profile,
    clock: 'manual',
    control: false,
    tokenTtlMs: TOKEN_TTL_MS,
    signatureTtlMs: SIGNATURE_TTL_MS,
    onExchange: (exchange) => holder.bench?.listener?.(exchange),
  });
  const app = await startAppStandInFor(simulator);
  const bench: Bench = {
    simulator,
    app,
    listener: undefined,
    stop: async () => {
      await app.stop();
      await simulator.stop();
    },
  };
  holder.bench = bench;
  return bench;
}

async function runScenario(
  bench: Bench,
  scenario: Scenario,
  client: ClientUnderTest,
  adapter: ClientAdapter | undefined,
  timeoutMs: number,
): Promise<ScenarioResult> {
  const { simulator, app } = bench;
  simulator.control.reset();
  app.reset();
  const facts = await setUp(bench, scenario);

  const recorder = new Recorder(simulator.operations);
  recorder.knowSecret(simulator.info.partner.password, 'password');
  recorder.knowToken(facts.endUserToken, 'end-user');
  const exchanges: RecordedExchange[] = [];
  let tokenExpired = false;
  bench.listener = (raw) => {
    const recorded = recorder.record(raw);
    exchanges.push(recorded);
    const expireAfterLogin = scenario.interventions.some((intervention) => intervention.kind === 'expire-token-after-login');
    if (expireAfterLogin && !tokenExpired && recorded.operationId === 'login' && recorded.status === 200) {
      tokenExpired = true;
      simulator.control.advanceClock(TOKEN_TTL_MS + 1000);
    }
  };
  for (const intervention of scenario.interventions) {
    if (intervention.kind === 'wrong-next-signature') app.makeNextSignatureWrong();
    if (intervention.kind === 'fault') {
      const { operationId, count, status, code } = intervention;
      simulator.control.injectFault({ operationId, count, ...(status === undefined ? {} : { status }), ...(code === undefined ? {} : { code }) });
    }
  }

  const environment: ClientEnvironment = {
    LINKCY_SCENARIO: scenario.id,
    LINKCY_BASE_URL: simulator.url,
    LINKCY_PARTNER_NAME: simulator.info.partner.partnerName,
    LINKCY_USERNAME: simulator.info.partner.username,
    LINKCY_PASSWORD: simulator.info.partner.password,
    LINKCY_APP_URL: app.url,
    LINKCY_INPUT: JSON.stringify(Object.fromEntries(scenario.input.map((fact) => [fact, facts[fact]]))),
  };
  let run: { result: ClientRunResult; stderr: string; durationMs: number };
  try {
    run = adapter === undefined ? await runClientCommand(commandOf(client), environment, timeoutMs) : await runClientAdapter(adapter, environment, timeoutMs);
  } finally {
    bench.listener = undefined;
  }

  const state = simulator.control.state();
  const simulatorFacts: SimulatorFacts = {
    endUserId: facts.endUserId,
    ...(facts.scaDeviceId === undefined ? {} : { setupDeviceId: facts.scaDeviceId }),
    ledgerId: facts.ledgerId,
    profileId: facts.profileId,
    cardId: facts.cardId,
    setupBeneficiaryId: facts.beneficiaryId,
    amount: facts.amount,
    devices: state.devices,
    cards: state.cards,
    beneficiaries: state.beneficiaries,
    transactions: state.transactions,
    answered: exchanges.map(({ operationId, target, status }) => ({ operationId, target, status })),
  };
  const findings = [
    ...judgeOutcome(scenario, run.result, simulatorFacts),
    ...judgeSession({ scenario: scenario.id, profile: scenario.profile, signatureTtlMs: SIGNATURE_TTL_MS, exchanges, appSignatures: app.signatures }),
  ];
  return {
    id: scenario.id,
    title: scenario.title,
    requirementIds: scenario.requirementIds,
    passed: findings.length === 0,
    outcome: run.result.crashed ? null : run.result.outcome,
    crash: run.result.crashed ? recorder.redactText(run.result.reason) : null,
    stderr: recorder.redactText(run.stderr).slice(-STDERR_KEPT),
    requests: exchanges.filter((exchange) => exchange.operationId !== null).length,
    findings,
    exchanges: findings.length === 0 ? [] : exchanges,
    durationMs: Math.round(run.durationMs),
  };
}

function commandOf(client: ClientUnderTest): string {
  if (client.kind !== 'command') throw new Error('runScenario: an adapter client needs its loaded adapter');
  return client.command;
}

type SetupFacts = Omit<Record<SetupFact, string>, 'scaDeviceId' | 'amount'> & { scaDeviceId?: string; amount: number };

async function setUp(bench: Bench, scenario: Scenario): Promise<SetupFacts> {
  const { simulator, app } = bench;
  const session: KitSession = { baseUrl: simulator.url, operations: simulator.operations, partner: simulator.info.partner, app };
  const scene = simulator.control.createScene({ cardType: 'PHYSICAL' });
  const facts: SetupFacts = {
    endUserId: scene.endUserId,
    endUserToken: scene.token,
    ledgerId: scene.ledgerId,
    profileId: scene.virtualCardProfileId,
    cardId: scene.cardId,
    beneficiaryId: scene.beneficiaryId,
    amount: TRANSFER_AMOUNT,
  };
  if (scenario.setup === 'end-user') return facts;
  const token = await partnerToken(session);
  const scaDeviceId = await onboardAppDevice(session, token, scene.endUserId);
  if (scenario.setup === 'active-device') return { ...facts, scaDeviceId };
  await deleteDevice(session, token, scaDeviceId);
  await registerDevice(session, token, scene.endUserId);
  return facts;
}
