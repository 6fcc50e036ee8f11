/**
 * Injection tokens for what the apps provide and the command handlers use. The token lives here,
 * not in an app, because handlers may not import apps; apps/api's StoreModule provides it.
 */
export const EVENT_STORE = Symbol.for('contract-ledger.event-store');
