// What every process of the ledger is composed from (API, worker, CLI): one configuration, one
// way to open the stores, one list of read models. Tagged type:app: only apps import it.
export * from './config';
export * from './free-port';
export * from './stores';
export * from './read-models';
export * from './relay';
export * from './transparency';
export * from './tracing';
export * from './projection-thread';
