export * from './schema';
export * from './projection';
export * from './ledger-event';
export * from './audit/audit.projection';
export * from './blacklist/blacklist.projection';
export * from './budget-execution/budget-execution.projection';
export * from './tender-board/tender-board.projection';
