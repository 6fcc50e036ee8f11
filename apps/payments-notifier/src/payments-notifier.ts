import type Database from 'better-sqlite3';
import {
  createFeedConsumer,
  SqlDedupStore,
  type FeedClient,
  type FeedConsumer,
  type FeedEvent,
} from '@contract-ledger/messaging-kafka';
import { sqliteClient } from './sqlite-client';

/**
 * The fields of FundsDisbursed this service reads, as the feed's contract publishes them. Declared
 * here, not imported from the domain: a downstream service depends on the feed, not on our code.
 */
interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}
export interface FundsDisbursedData {
  readonly contractId: string;
  readonly supplierId: string;
  readonly disbursementId: string;
  readonly amount: Money;
  readonly cashPaid: Money;
  readonly disbursedAt: string;
}

type NotifierEvents = { FundsDisbursed: FundsDisbursedData };

export interface SupplierDisbursements {
  readonly supplierId: string;
  readonly currency: string;
  readonly disbursements: number;
  readonly amountMinor: number;
  readonly cashPaidMinor: number;
  readonly lastDisbursedAt: string;
}

export const NOTIFIER_CONSUMER = 'payments-notifier';

function migrate(db: Database.Database): void {
  // Totals are incremented, not recomputed: a duplicate delivery would show in them at once, which
  // is why every update runs inside the dedup store's transaction.
  db.exec(`CREATE TABLE IF NOT EXISTS supplier_disbursements (
    supplier_id        TEXT    NOT NULL,
    currency           TEXT    NOT NULL,
    disbursements      INTEGER NOT NULL,
    amount_minor       INTEGER NOT NULL,
    cash_paid_minor    INTEGER NOT NULL,
    last_disbursed_at  TEXT    NOT NULL,
    PRIMARY KEY (supplier_id, currency))`);
}

export interface PaymentsNotifierOptions {
  readonly db: Database.Database;
  readonly client: FeedClient;
  readonly topicPrefix: string;
  readonly groupId?: string;
  /** Called after a disbursement is recorded (and only once per event): where a real service would notify. */
  readonly onDisbursement?: (event: FeedEvent<'FundsDisbursed', FundsDisbursedData>) => void;
}

/** Keeps the disbursements per supplier from the contracts topic, exactly once per event. */
export function createPaymentsNotifier(
  options: PaymentsNotifierOptions,
): FeedConsumer<NotifierEvents> {
  migrate(options.db);
  const sql = sqliteClient(options.db);
  return createFeedConsumer<NotifierEvents>({
    client: options.client,
    groupId: options.groupId ?? NOTIFIER_CONSUMER,
    topicPrefix: options.topicPrefix,
    topics: [`${options.topicPrefix}.contracts`],
    dedup: new SqlDedupStore(sql, options.groupId ?? NOTIFIER_CONSUMER),
    handlers: {
      FundsDisbursed: async (event, { tx }) => {
        const d = event.data;
        await (tx ?? sql).query(
          `INSERT INTO supplier_disbursements (supplier_id, currency, disbursements, amount_minor, cash_paid_minor, last_disbursed_at)
           VALUES (?, ?, 1, ?, ?, ?)
           ON CONFLICT (supplier_id, currency) DO UPDATE SET
             disbursements = disbursements + 1,
             amount_minor = amount_minor + excluded.amount_minor,
             cash_paid_minor = cash_paid_minor + excluded.cash_paid_minor,
             last_disbursed_at = max(last_disbursed_at, excluded.last_disbursed_at)`,
          [
            d.supplierId,
            d.amount.currency,
            d.amount.amountMinor,
            d.cashPaid.amountMinor,
            d.disbursedAt,
          ],
        );
        options.onDisbursement?.(event);
      },
    },
  });
}

export function supplierDisbursements(db: Database.Database): SupplierDisbursements[] {
  return db
    .prepare(
      `SELECT supplier_id AS supplierId, currency, disbursements, amount_minor AS amountMinor,
              cash_paid_minor AS cashPaidMinor, last_disbursed_at AS lastDisbursedAt
       FROM supplier_disbursements ORDER BY supplier_id, currency`,
    )
    .all() as SupplierDisbursements[];
}
