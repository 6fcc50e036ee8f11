import { describeIdempotencyStore } from './idempotency-store.contract';
import { PostgresIdempotencyStore } from './postgres-idempotency-store';

// infra/local/postgres.sh start prints the URL; the integration tier always has one.
const url = process.env.DATABASE_URL ?? 'postgres://ledger:ledger@127.0.0.1:5432/ledger';

describeIdempotencyStore('postgres', async () => PostgresIdempotencyStore.fromUrl(url));
