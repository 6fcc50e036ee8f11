export * from './evaluator';
