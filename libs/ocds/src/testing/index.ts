export { demoProgramme, PROGRAMME } from './programme';
export { ocdsValidator, OCDS_SCHEMA_DIR, type OcdsSchema, type OcdsValidator } from './schemas';
