export * from './budget-line';
