/**
 * Injection tokens for what the apps provide and the command handlers use. The token lives here,
 * not in an app, because handlers may not import apps; apps/api's StoreModule provides it.
 */
export const EVENT_STORE = Symbol.for('contract-ledger.event-store');
/** The procurement Policy in force (libs/domain); handlers use DEFAULT_POLICY when the app provides none. */
export const PROCUREMENT_POLICY = Symbol.for('contract-ledger.procurement-policy');
/** Where a command's acting instant `at` comes from; `() => new Date()` when the app provides none. */
export const CLOCK = Symbol.for('contract-ledger.clock');
export type Clock = () => Date;
