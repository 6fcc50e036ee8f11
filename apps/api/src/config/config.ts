// The configuration is validated in libs/runtime so the worker and the CLI read the environment
// exactly as the API does (apps may not import each other); this module keeps the API's imports.
export * from '@contract-ledger/runtime';
