import type { ScaCase } from '../../../spec/expectations/index.ts';
import { DEFAULT_PSD2_EXEMPTIONS, NO_SCA_HISTORY, scaPolicyOf, type ScaHistory } from '../../../spec/profile/index.ts';
import { createBeneficiaryBody, createTransactionBody } from '../../../generators/index.ts';
import type { ProbeContext } from '../context.ts';
import { planRequest, sendPlanned, type PlannedRequest } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor, type ScaCaseParts } from '../sca-case.ts';
import type { CaseSession } from '../session.ts';
import type { BoundaryCase } from './boundary-case.ts';
import type { JudgedCall } from './observation.ts';
import { signedBy } from './signed-by.ts';

// The edges of the PSD2 exemptions (spec/profile scaNeed, D-SCA-POLICY) where a profile declares
// them with the RTS figures: the 5th low-value payment since the last SCA is exempt and the 6th is
// not, a running total of exactly the cumulative amount is exempt and a cent more is not, a payment
// that failed counts for nothing, an SCA starts the counts again and BY_PASS (no SCA) does not, a
// beneficiary added with SCA is trusted and one added with BY_PASS is not, and the periodic
// re-authentication is not due right after an SCA. Each call states the history the case built.

const DATA_SIGNING = { 'linkcy-sca-strategy': 'DATA_SIGNING' } as const;
const BY_PASS = { 'linkcy-sca-strategy': 'BY_PASS' } as const;
/** Above the low-value limit: only a trusted beneficiary exempts it. */
const ABOVE_LOW_VALUE = 120.5;

function judged(session: CaseSession, scene: Scene, probe: JudgedCall['probe'], parts: ScaCaseParts, facts: Pick<ScaCase, 'payment' | 'scaHistory'>, note: string): JudgedCall {
  return { operationId: parts.operationId, probe, scaCase: { ...scaCaseFor(session.context, scene, parts), ...facts }, note };
}

function paymentTo(session: CaseSession, scene: Scene, amount: number, beneficiaryId = scene.resources.beneficiaryId): PlannedRequest {
  return { ...planRequest(session, scene, 'createTransaction'), body: createTransactionBody({ amount, beneficiaryId, ledgerFromId: scene.resources.ledgerId, reference: 'PROBE' }) };
}

/** The history after `payments` exempt payments since the last SCA (none ever, or one `lastScaAgeMs` ago). */
function historyAfter(payments: readonly number[], lastScaAgeMs: number | null = null): ScaHistory {
  const cents = payments.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
  return { exemptAmountSinceSca: cents / 100, exemptCountSinceSca: payments.length, lastScaAgeMs };
}

/** Pays each amount without SCA headers, one judged call each; `before`: the exempt payments the history already holds. */
async function payWithoutSca(session: CaseSession, scene: Scene, amounts: readonly number[], before: readonly number[], label: string, lastScaAgeMs: number | null = null): Promise<JudgedCall[]> {
  const calls: JudgedCall[] = [];
  const history = [...before];
  for (const amount of amounts) {
    const probe = await sendPlanned(session, paymentTo(session, scene, amount), { token: scene.partnerToken });
    calls.push(judged(session, scene, probe, { operationId: 'createTransaction' }, { payment: { amount, beneficiaryTrusted: false }, scaHistory: historyAfter(history, lastScaAgeMs) }, `${label}: ${amount.toFixed(2)} without SCA, payment ${history.length + 1} since the last SCA`));
    history.push(amount);
  }
  return calls;
}

/** Under a profile whose createTransaction has the RTS exemptions, undefined; else why the edge cannot be stated. */
function withoutRtsExemptions(context: ProbeContext): string | undefined {
  const setting = scaPolicyOf(context.expect, 'createTransaction');
  if (setting.policy !== 'psd2-exemptions') return `the target profile's createTransaction policy is ${setting.policy}, not psd2-exemptions`;
  const figures = setting.exemptions;
  const rts = DEFAULT_PSD2_EXEMPTIONS;
  const same =
    figures.lowValueLimit === rts.lowValueLimit && figures.cumulativeAmountLimit === rts.cumulativeAmountLimit && figures.cumulativeCountLimit === rts.cumulativeCountLimit && figures.trustedBeneficiaries === rts.trustedBeneficiaries;
  return same ? undefined : 'the target profile\'s createTransaction exemptions differ from the RTS figures the cases are stated for';
}

function byPassRefused(context: ProbeContext): string | undefined {
  return withoutRtsExemptions(context) ?? (context.profile === 'sandbox' ? undefined : 'BY_PASS is refused outside the sandbox');
}

const ONES = [1, 1, 1, 1, 1] as const;

function exemptionCase(id: string, play: BoundaryCase['play'], notApplicable = withoutRtsExemptions): BoundaryCase {
  return { id: `psd2-exemptions/${id}`, requirementIds: ['SCA-OPS-003'], notApplicable, play };
}

export function exemptionBoundaryCases(_context: ProbeContext): BoundaryCase[] {
  return [
    exemptionCase('low-value-count-5th-exempt-6th-not', async (session) => {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      return payWithoutSca(session, scene, [...ONES, 1], [], 'count');
    }),
    exemptionCase('low-value-cumulative-amount-exact-then-exceeded', async (session) => {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      // 30 + 30 + 30 + 10 = 100.00 exactly, four payments: the fifth (0.01) is refused on the amount, not the count.
      return payWithoutSca(session, scene, [30, 30, 30, 10, 0.01], [], 'cumulative amount');
    }),
    exemptionCase('low-value-failed-payment-not-counted', async (session) => {
      // 5.00 on the ledger: the 2.00 after four 1.00 fails (insufficient funds) and counts for nothing.
      const scene = await buildScene(session, { devices: 'active', biometry: false, world: { balance: 5 } });
      const first = await payWithoutSca(session, scene, [1, 1, 1, 1], [], 'failed not counted');
      const failed = await sendPlanned(session, paymentTo(session, scene, 2), { token: scene.partnerToken });
      if (failed.response.status < 400) throw new HarnessError(`a 2.00 payment from a ledger holding 1.00 answered ${failed.response.status}`);
      const rest = await payWithoutSca(session, scene, [1, 1], [1, 1, 1, 1], 'after a failed payment');
      return [...first, ...rest];
    }),
    exemptionCase('low-value-sca-resets-history', async (session) => {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const before = await payWithoutSca(session, scene, ONES, [], 'before the SCA');
      const planned = paymentTo(session, scene, 1);
      const { header, signature } = await signedBy(session, scene, planned);
      const signed = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { ...DATA_SIGNING, 'linkcy-sca-signature': header } });
      const scaCall = judged(session, scene, signed, { operationId: 'createTransaction', strategy: 'DATA_SIGNING', signature }, { payment: { amount: 1, beneficiaryTrusted: false }, scaHistory: historyAfter(ONES) }, 'the 6th payment, with DATA_SIGNING');
      const after = await payWithoutSca(session, scene, [1], [], 'after the SCA', 0);
      return [...before, scaCall, ...after];
    }),
    exemptionCase(
      'low-value-by-pass-is-no-sca',
      async (session) => {
        const scene = await buildScene(session, { devices: 'active', biometry: false });
        const before = await payWithoutSca(session, scene, ONES, [], 'before BY_PASS');
        const byPass = await sendPlanned(session, paymentTo(session, scene, 1), { token: scene.partnerToken, headers: BY_PASS });
        const byPassCall = judged(session, scene, byPass, { operationId: 'createTransaction', strategy: 'BY_PASS' }, { payment: { amount: 1, beneficiaryTrusted: false }, scaHistory: historyAfter(ONES) }, 'the 6th payment, with BY_PASS');
        const after = await payWithoutSca(session, scene, [1], ONES, 'after BY_PASS');
        return [...before, byPassCall, ...after];
      },
      byPassRefused,
    ),
    trustedBeneficiaryCase('DATA_SIGNING'),
    trustedBeneficiaryCase('BY_PASS'),
    exemptionCase(
      'reauthentication-not-due-after-sca',
      async (session) => {
        const scene = await buildScene(session, { devices: 'active', biometry: false });
        const refresh = planRequest(session, scene, 'refreshToken');
        const never = await sendPlanned(session, refresh, { token: undefined });
        const card = planRequest(session, scene, 'createCard');
        const { header, signature } = await signedBy(session, scene, card);
        const signed = await sendPlanned(session, card, { token: scene.partnerToken, headers: { ...DATA_SIGNING, 'linkcy-sca-signature': header } });
        const due = await sendPlanned(session, refresh, { token: undefined });
        return [
          judged(session, scene, never, { operationId: 'refreshToken' }, { scaHistory: NO_SCA_HISTORY }, 'refresh without SCA, no SCA ever'),
          judged(session, scene, signed, { operationId: 'createCard', strategy: 'DATA_SIGNING', signature }, {}, 'an SCA'),
          judged(session, scene, due, { operationId: 'refreshToken' }, { scaHistory: historyAfter([], 0) }, 'refresh without SCA, right after an SCA'),
        ];
      },
      (context) => (scaPolicyOf(context.expect, 'refreshToken').policy === 'psd2-exemptions' ? undefined : 'the target profile\'s refreshToken policy is not psd2-exemptions'),
    ),
  ];
}

/** RTS art. 13: a beneficiary added with SCA is trusted, so a payment above the low-value limit to it is exempt; added with BY_PASS, it is not. */
function trustedBeneficiaryCase(strategy: 'DATA_SIGNING' | 'BY_PASS'): BoundaryCase {
  return exemptionCase(
    `trusted-beneficiary-added-with-${strategy === 'DATA_SIGNING' ? 'sca' : 'by-pass'}`,
    async (session) => {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const planned = { ...planRequest(session, scene, 'createBeneficiary'), body: createBeneficiaryBody({ endUserId: scene.endUserId, name: 'Trusted Doe', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPPXXX' }) };
      let added: JudgedCall;
      if (strategy === 'DATA_SIGNING') {
        const { header, signature } = await signedBy(session, scene, planned);
        const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { ...DATA_SIGNING, 'linkcy-sca-signature': header } });
        added = judged(session, scene, probe, { operationId: 'createBeneficiary', strategy, signature }, {}, 'the beneficiary added with DATA_SIGNING');
      } else {
        const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: BY_PASS });
        added = judged(session, scene, probe, { operationId: 'createBeneficiary', strategy }, {}, 'the beneficiary added with BY_PASS');
      }
      const id = (added.probe.response.body as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') return [added];
      const payment = await sendPlanned(session, paymentTo(session, scene, ABOVE_LOW_VALUE, id), { token: scene.partnerToken });
      const trusted = strategy === 'DATA_SIGNING';
      const calls = [
        added,
        judged(session, scene, payment, { operationId: 'createTransaction' }, { payment: { amount: ABOVE_LOW_VALUE, beneficiaryTrusted: trusted }, scaHistory: trusted ? historyAfter([], 0) : NO_SCA_HISTORY }, `${ABOVE_LOW_VALUE} without SCA to that beneficiary`),
      ];
      // A payment exempt as trusted is no low-value payment: it leaves the cumulative amount alone.
      return trusted ? [...calls, ...(await payWithoutSca(session, scene, [1], [], 'after the trusted payment', 0))] : calls;
    },
    strategy === 'BY_PASS' ? byPassRefused : withoutRtsExemptions,
  );
}
