export * from './shared/errors';
export * from './shared/decider';
export * from './shared/money';
export * from './shared/instant';
export * from './shared/ids';
export * from './shared/policy';
