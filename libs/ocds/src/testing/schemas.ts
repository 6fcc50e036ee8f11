/**
 * The official OCDS 1.1.5 schemas (tools/ocds/schema, byte-for-byte copies of the standard's
 * release files; OCDS_SCHEMA_DIR overrides) compiled for the specs. They are JSON Schema draft-04, which ajv 8 does not speak
 * by default: ajv-draft-04 is ajv 8 with the draft-04 meta-schema and keywords (`id`, boolean
 * exclusiveMaximum, ...), and ajv-formats adds `uri` and `date-time`. `strict: false` because the
 * schemas carry OCDS's own annotations (codelist, omitWhenMerged, wholeListMerge, deprecated...).
 * The package schemas refer to the release schema by its absolute URL; every file is added under
 * its own `id`, so nothing is fetched.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The copies kept in the repository (tools/ocds/schema), so a clone validates with nothing beside it. */
function findSchemaDir(): string {
  return process.env['OCDS_SCHEMA_DIR'] || path.resolve(__dirname, '../../../../tools/ocds/schema');
}

export const OCDS_SCHEMA_DIR = findSchemaDir();
const FILES = [
  'release-schema.json',
  'release-package-schema.json',
  'record-package-schema.json',
  'versioned-release-validation-schema.json',
] as const;
const BASE = 'https://standard.open-contracting.org/schema/1__1__5/';

export type OcdsSchema = 'release' | 'release-package' | 'record-package' | 'extended-release';

/** The extensions the packages declare (OCDS_EXTENSIONS), as their release-schema.json patches at the declared tags. */
const EXTENSION_PATCHES = [
  'ocds_bid_extension-v1.1.5.release-schema.json',
  'ocds_metrics_extension-v1.1.release-schema.json',
];

/** RFC 7386 JSON Merge Patch: how OCDS tooling applies an extension's release-schema.json to the core schema. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

export interface OcdsValidator {
  /** The schema errors of `data` (ajv's messages with their paths), empty when valid. */
  errors(schema: OcdsSchema, data: unknown): string[];
}

let cached: OcdsValidator | undefined;

export function ocdsValidator(): OcdsValidator {
  if (cached) return cached;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of FILES) {
    const schema = JSON.parse(readFileSync(path.join(OCDS_SCHEMA_DIR, file), 'utf8')) as {
      id: string;
    };
    if (schema.id !== `${BASE}${file}`)
      throw new Error(`${file}: id ${schema.id}, expected ${BASE}${file}`);
    ajv.addSchema(schema);
  }
  // The core release schema with the declared extensions applied, under an id of its own.
  const core = JSON.parse(
    readFileSync(path.join(OCDS_SCHEMA_DIR, 'release-schema.json'), 'utf8'),
  ) as unknown;
  const extensionsDir = path.resolve(__dirname, '../../../../tools/ocds/extensions');
  const extended = EXTENSION_PATCHES.reduce(
    (schema, file) =>
      mergePatch(schema, JSON.parse(readFileSync(path.join(extensionsDir, file), 'utf8'))),
    core,
  ) as Record<string, unknown>;
  ajv.addSchema({ ...extended, id: 'urn:contract-ledger:ocds:1.1.5:release-schema+bid+metrics' });
  const validators = {
    'extended-release': ajv.getSchema('urn:contract-ledger:ocds:1.1.5:release-schema+bid+metrics')!,
    release: ajv.getSchema(`${BASE}release-schema.json`)!,
    'release-package': ajv.getSchema(`${BASE}release-package-schema.json`)!,
    'record-package': ajv.getSchema(`${BASE}record-package-schema.json`)!,
  };
  cached = {
    errors(schema, data) {
      const validate = validators[schema];
      if (validate(data)) return [];
      return (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
    },
  };
  return cached;
}
