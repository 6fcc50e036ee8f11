export * from './schema';
export * from './projection';
