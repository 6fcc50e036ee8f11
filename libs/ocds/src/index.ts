export * from './ocds-types';
export * from './mapping';
export * from './merge';
export * from './packages';
export * from './ocds.projection';
