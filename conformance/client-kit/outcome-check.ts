import type { ClientRunResult } from './contract.ts';
import type { ClientFinding } from './judge/index.ts';
import type { ExpectedOutcome, Scenario, Verification } from './scenarios.ts';

// Per scenario: the client's outcome is one the scenario expects, and what it claims is true in
// the simulator (a device it says it onboarded is ACTIVE, one it says it deleted is gone, the card,
// beneficiary or transaction it names exists as asked, a read it made was answered).

/** What the simulator holds after the run, as the outcome check needs it. */
export interface SimulatorFacts {
  readonly endUserId: string;
  /** The device the setup made (the one to delete, or the one that signs). */
  readonly setupDeviceId?: string;
  readonly devices: readonly { readonly id: string; readonly endUserId: string; readonly status: string }[];
  /** The scene's ids the client was given (absent in unit tests that need none). */
  readonly ledgerId?: string;
  readonly profileId?: string;
  readonly cardId?: string;
  /** The scene's beneficiary (a new one must be another). */
  readonly setupBeneficiaryId?: string;
  readonly amount?: number;
  readonly cards?: readonly { readonly id: string; readonly ledgerId: string; readonly profileId: string }[];
  readonly beneficiaries?: readonly Readonly<Record<string, unknown>>[];
  readonly transactions?: readonly { readonly id: string; readonly ledgerFromId: string; readonly counterpartId: string; readonly amount: number }[];
  /** What the simulator answered the client: operation, target as sent (redacted), status. */
  readonly answered?: readonly { readonly operationId: string | null; readonly target: string; readonly status: number }[];
}

export const OUTCOME_CHECK = 'scenario-outcome';

export function judgeOutcome(scenario: Scenario, run: ClientRunResult, facts: SimulatorFacts): ClientFinding[] {
  const finding = (message: string): ClientFinding[] => [
    { scenario: scenario.id, exchangeId: null, request: null, check: OUTCOME_CHECK, requirementId: scenario.requirementIds[0], message },
  ];
  if (run.crashed) return finding(`the client crashed: ${run.reason}`);
  const problems = scenario.expect.map((expected) => mismatch(expected, run.outcome, facts));
  if (problems.includes(undefined)) return [];
  const expected = scenario.expect.map(describe).join(' or ');
  return finding(`expected ${expected}; the client reported ${JSON.stringify(summary(run.outcome))}: ${problems.join('; ')}`);
}

function mismatch(expected: ExpectedOutcome, outcome: Record<string, unknown>, facts: SimulatorFacts): string | undefined {
  if (!expected.ok) {
    if (outcome.ok !== false) return 'it reported success';
    return outcome.errorCode === expected.errorCode ? undefined : `errorCode ${String(outcome.errorCode)} is not ${expected.errorCode}`;
  }
  if (outcome.ok !== true) return `it reported ${String(outcome.errorCode)}`;
  return expected.verify === undefined ? undefined : unverified(expected.verify, outcome, facts);
}

/** Why what the client claims is not so in the simulator, or undefined. */
function unverified(verify: Verification, outcome: Record<string, unknown>, facts: SimulatorFacts): string | undefined {
  if (typeof verify === 'object') {
    const card = `/${facts.cardId ?? ''}/`;
    const calls = (facts.answered ?? []).filter((call) => call.operationId === verify.answered && call.target.includes(card));
    if (calls.length === 0) return `the client never called ${verify.answered} on card ${facts.cardId ?? '(none)'}`;
    return calls.some((call) => call.status >= 200 && call.status < 300) ? undefined : `${verify.answered} was answered ${calls.map((call) => call.status).join(', ')}, never 2xx`;
  }
  switch (verify) {
    case 'new-active-device': {
      const id = outcome.scaDeviceId;
      if (typeof id !== 'string') return 'scaDeviceId is missing from the outcome';
      const device = facts.devices.find((candidate) => candidate.id === id);
      if (device === undefined || device.endUserId !== facts.endUserId) return `the simulator holds no device ${id} for the end user`;
      if (id === facts.setupDeviceId) return `${id} is the device the end user already had`;
      if (device.status !== 'ACTIVE') return `device ${id} is ${device.status}, not ACTIVE: the registration was not finalised`;
      return undefined;
    }
    case 'device-removed': {
      const device = facts.devices.find((candidate) => candidate.id === facts.setupDeviceId);
      return device !== undefined && device.status !== 'REMOVED' ? `device ${facts.setupDeviceId} is still ${device.status}` : undefined;
    }
    case 'card-created': {
      const id = outcome.cardId;
      if (typeof id !== 'string') return 'cardId is missing from the outcome';
      const card = facts.cards?.find((candidate) => candidate.id === id);
      if (card === undefined) return `the simulator holds no card ${id}`;
      if (card.ledgerId !== facts.ledgerId || card.profileId !== facts.profileId) return `card ${id} is not on the given ledger and profile`;
      return undefined;
    }
    case 'beneficiary-added': {
      const id = outcome.beneficiaryId;
      if (typeof id !== 'string') return 'beneficiaryId is missing from the outcome';
      if (id === facts.setupBeneficiaryId) return `${id} is the beneficiary the end user already had`;
      const beneficiary = facts.beneficiaries?.find((candidate) => candidate.id === id);
      if (beneficiary === undefined || beneficiary.endUserId !== facts.endUserId) return `the simulator holds no beneficiary ${id} of the end user`;
      return undefined;
    }
    case 'transfer-made': {
      const id = outcome.transactionId;
      if (typeof id !== 'string') return 'transactionId is missing from the outcome';
      const transaction = facts.transactions?.find((candidate) => candidate.id === id);
      if (transaction === undefined) return `the simulator holds no transaction ${id}`;
      if (transaction.ledgerFromId !== facts.ledgerId || transaction.counterpartId !== facts.setupBeneficiaryId || transaction.amount !== facts.amount) {
        return `transaction ${id} moved ${transaction.amount} from ${transaction.ledgerFromId} to ${transaction.counterpartId}, not ${String(facts.amount)} from the ledger to the beneficiary`;
      }
      return undefined;
    }
  }
}

function describe(expected: ExpectedOutcome): string {
  if (!expected.ok) return `{"ok":false,"errorCode":"${expected.errorCode}"}`;
  const verify = expected.verify === undefined ? '' : typeof expected.verify === 'string' ? expected.verify : `${expected.verify.answered} answered`;
  return `{"ok":true}${verify === '' ? '' : ` (${verify})`}`;
}

/** The outcome's ok, errorCode and ids only: a client may put anything in it, secrets included. */
function summary(outcome: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(outcome).filter(([key, value]) => key === 'ok' || key === 'errorCode' || (/Id$/.test(key) && typeof value === 'string')));
}
