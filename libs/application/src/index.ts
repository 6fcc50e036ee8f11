export * from './auth/actor';
export * from './auth/policy';
export * from './auth/jwt';
export * from './auth/dev-secret';
export * from './auth/dev-token';
export * from './ports';
export * from './facts';
