export { createTestDatabase, dropDatabase, DEFAULT_DATABASE_URL } from './postgres';
