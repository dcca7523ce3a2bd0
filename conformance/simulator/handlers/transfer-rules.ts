import { randomUUID } from 'node:crypto';
import { minorUnits } from '../records.ts';
import { errorReply, jsonReply, type ErrorReply, type Reply } from '../reply.ts';
import type { LedgerRecord, SimulatorState, TransactionRecord } from '../state.ts';
import { invalidField, numberField, refusedField, stringField } from './body-fields.ts';

// What the two transactions share: the ledger debited (400 LEDGER_NOT_FOUND, as createCard names
// it), the amount (a JSON number in major units, at most two decimals: inferred) and the debit
// itself, refused with 409 INSUFFICIENT_FUNDS when the balance is short (code inferred).

export function namedLedger(state: SimulatorState, body: unknown, field: string): LedgerRecord | ErrorReply {
  const id = stringField(body, field) ?? '';
  return state.ledgers.get(id) ?? refusedField('LEDGER_NOT_FOUND', field, id, 'no ledger with this id', id);
}

export function ledgerOwnerOf(state: SimulatorState, body: unknown): string | undefined {
  return state.ledgers.get(stringField(body, 'ledgerFromId') ?? '')?.endUserId;
}

/** The amount in minor units, or a 400 naming `amount`. */
export function amountOf(body: unknown): number | ErrorReply {
  const amount = numberField(body, 'amount');
  const minor = amount === undefined ? undefined : minorUnits(amount);
  return minor ?? invalidField('amount', amount, 'must be a positive amount in major units with at most two decimals');
}

/** Debits `from` (and credits `to` for an inter-ledger transfer), records the transaction: 201 {id}. */
export function transfer(
  state: SimulatorState,
  spec: Omit<TransactionRecord, 'id'> & { readonly credit?: LedgerRecord },
  from: LedgerRecord,
): Reply {
  if (from.balanceMinor < spec.amountMinor) return errorReply('INSUFFICIENT_FUNDS', from.id);
  from.balanceMinor -= spec.amountMinor;
  if (spec.credit !== undefined) spec.credit.balanceMinor += spec.amountMinor;
  const { credit: _credit, ...transaction } = spec;
  const id = randomUUID();
  state.transactions.set(id, { id, ...transaction });
  return jsonReply(201, { id });
}
