import { NO_SCA_HISTORY, type ScaHistory } from '../../spec/profile/index.ts';
import type { DefectSet } from './defects.ts';
import type { ScaHistoryRecord, SimulatorState } from './state.ts';

// What the PSD2 exemptions of spec/profile read about an end user: the last SCA and the payments
// made without SCA since (RTS art. 10 and 16). BY_PASS is not SCA: it changes nothing here.

export function scaHistoryOf(state: SimulatorState, endUserId: string, nowMs: number): ScaHistory {
  const record = state.scaHistory.get(endUserId);
  if (record === undefined) return NO_SCA_HISTORY;
  return {
    exemptAmountSinceSca: record.exemptAmountSinceSca,
    exemptCountSinceSca: record.exemptCountSinceSca,
    lastScaAgeMs: record.lastScaAtMs === null ? null : nowMs - record.lastScaAtMs,
  };
}

/** A successful SCA (DATA_SIGNING or an approved push) starts the counts again. */
export function noteScaPerformed(state: SimulatorState, endUserId: string, nowMs: number): void {
  state.scaHistory.set(endUserId, { lastScaAtMs: nowMs, exemptAmountSinceSca: 0, exemptCountSinceSca: 0 });
}

/** A payment performed under the low-value exemption counts towards the cumulative limits. */
export function noteExemptPayment(state: SimulatorState, endUserId: string, amount: number, defects: DefectSet): void {
  const record = state.scaHistory.get(endUserId) ?? { lastScaAtMs: null, exemptAmountSinceSca: 0, exemptCountSinceSca: 0 };
  // Cents, as the policy compares them, so repeated small amounts do not drift.
  // Defect `exemptAmountNotSummed` acts here only.
  if (!defects.has('exemptAmountNotSummed')) record.exemptAmountSinceSca = Math.round((record.exemptAmountSinceSca + amount) * 100) / 100;
  record.exemptCountSinceSca += 1;
  state.scaHistory.set(endUserId, record);
}
