export { createTestDatabase, DEFAULT_DATABASE_URL } from './postgres';
