import {
  categoryOf,
  eventSchemaDocument,
  LEDGER_EVENT_TYPES,
  SEALED_FIELDS,
  type JsonSchema,
  type LedgerEventType,
} from '@contract-ledger/domain';
import { FEED_HEADERS } from '@contract-ledger/feed';
import { CHECKPOINT_TOPIC_SUFFIX, FEED_CATEGORIES } from '@contract-ledger/messaging-kafka';
import path from 'node:path';

/**
 * The published event contract (docs/kafka.md "The event contract"), rendered from the one source:
 * the schemas in libs/domain/src/feed/event-schemas.ts and the header names of messaging-kafka.
 * `npm run contract:generate` writes it; contract.spec.ts fails when the files are stale.
 */

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const SCHEMA_DIR = path.join(ROOT, 'docs', 'schemas');
export const ASYNCAPI_FILE = path.join(ROOT, 'docs', 'asyncapi.yaml');
export const GENERATE = 'npm run contract:generate';

/** docs/schemas/<EventType>.json, keyed by file name. */
export function renderSchemas(): Map<string, string> {
  return new Map(
    LEDGER_EVENT_TYPES.map((type) => [
      `${type}.json`,
      `${JSON.stringify(eventSchemaDocument(type), null, 2)}\n`,
    ]),
  );
}

const HEADER_DOCS: Readonly<Record<keyof typeof FEED_HEADERS, string>> = {
  eventId:
    'UUIDv7 of the event, unique across the ledger: deduplicate by it (delivery is at least once).',
  eventType:
    'The event type, e.g. ContractSigned: route or drop a record without parsing the value.',
  schemaVersion: "Version of the event type's data schema (integer, as a string).",
  position:
    "Global position in the ledger's log (integer, as a string): a total order across topics.",
  correlationId:
    'The request that caused the event; the same on every event one request wrote. Absent on a record whose author the feed view withheld (redacted names metadata.correlationId).',
  hash: 'Hash of the event as stored in the ledger. On a redacted record the value no longer hashes to it: verify against the ledger, not the feed.',
  redacted:
    'Present only when the feed view withheld sealed fields: their names, comma-separated (supplierId,price,proposalDigest,metadata.actor,metadata.scope,metadata.correlationId,metadata.commandId; metadata.causationId when the event had one).',
  sandbox:
    'Present only on a sandbox ledger (LEDGER_SANDBOX), value true: training or integration data, not a real procedure; the value says it too (metadata.sandbox).',
};

/** `sealed`: the type's author may be withheld, and its correlation id with it. */
function headersSchema(sealed: boolean): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, name] of Object.entries(FEED_HEADERS) as [keyof typeof FEED_HEADERS, string][]) {
    properties[name] = { type: 'string', description: HEADER_DOCS[key] };
  }
  return {
    type: 'object',
    properties,
    required: Object.values(FEED_HEADERS).filter(
      (name) =>
        name !== FEED_HEADERS.redacted &&
        name !== FEED_HEADERS.sandbox &&
        !(sealed && name === FEED_HEADERS.correlationId),
    ),
  };
}

function envelope(type: LedgerEventType): JsonSchema {
  const sealed = SEALED_FIELDS[type];
  return {
    type: 'object',
    description: 'The record value: the event as recorded (feed view applied), UTF-8 JSON.',
    properties: {
      eventId: { type: 'string', format: 'uuid' },
      stream: { type: 'string', description: 'The stream id, also the record key.' },
      revision: {
        type: 'integer',
        minimum: 1,
        description: '1-based index of the event in its stream: the per-key order.',
      },
      position: { type: 'integer', minimum: 1 },
      type: { type: 'string', const: type },
      schemaVersion: { type: 'integer', minimum: 1 },
      data: { $ref: `#/components/schemas/${type}` },
      metadata: {
        type: 'object',
        properties: {
          actor: { type: 'string' },
          role: { type: 'string' },
          scope: { type: 'string' },
          correlationId: { type: 'string' },
          causationId: { type: 'string' },
          commandId: { type: 'string' },
          occurredAt: { type: 'string', format: 'date-time' },
          sandbox: {
            type: 'boolean',
            const: true,
            description:
              'Present only on events a sandbox ledger recorded (ADR 0010); part of what the hash covers.',
          },
        },
        // A sealed author's actor and scope name it, its request ids link its requests: the
        // feed view withholds them (libs/feed eventView).
        required: sealed
          ? ['role', 'occurredAt']
          : ['actor', 'role', 'correlationId', 'commandId', 'occurredAt'],
      },
      recordedAt: { type: 'string', format: 'date-time' },
      prevHash: { type: 'string' },
      hash: { type: 'string' },
      ...(sealed
        ? {
            redacted: {
              type: 'array',
              items: {
                type: 'string',
                enum: [
                  ...sealed,
                  'metadata.actor',
                  'metadata.scope',
                  'metadata.correlationId',
                  'metadata.causationId',
                  'metadata.commandId',
                ],
              },
              description:
                'Fields withheld by the feed view (data fields by name, metadata fields as metadata.<name>).',
            },
          }
        : {}),
    },
    required: [
      'eventId',
      'stream',
      'revision',
      'position',
      'type',
      'schemaVersion',
      'data',
      'metadata',
      'recordedAt',
      'prevHash',
      'hash',
    ],
  };
}

/** The AsyncAPI 3.0 document as a plain object. */
export function asyncApiDocument(): JsonSchema {
  const channels: Record<string, JsonSchema> = {};
  const operations: Record<string, JsonSchema> = {};
  const messages: Record<string, JsonSchema> = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const category of FEED_CATEGORIES) {
    const types = LEDGER_EVENT_TYPES.filter((t) => categoryOf(t) === category.suffix);
    channels[category.suffix] = {
      address: `{prefix}.${category.suffix}`,
      title: `${category.suffix} events`,
      description: `Every event of the \`${category.streamPrefix}<id>\` streams, keyed by stream id (one partition per entity: per-entity order).`,
      parameters: {
        prefix: {
          description: 'Topic prefix chosen per deployment (e.g. ledger).',
          default: 'ledger',
        },
      },
      messages: Object.fromEntries(types.map((t) => [t, { $ref: `#/components/messages/${t}` }])),
    };
    operations[`receive-${category.suffix}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${category.suffix}` },
      summary: `Consume the ${category.suffix} feed (at least once; deduplicate by the event-id header).`,
      messages: types.map((t) => ({ $ref: `#/channels/${category.suffix}/messages/${t}` })),
    };
    for (const type of types) {
      const { $schema: _draft, $id: _id, ...data } = eventSchemaDocument(type);
      schemas[type] = data;
      messages[type] = {
        name: type,
        title: type,
        summary: `docs/events.md ${type}; data schema also at docs/schemas/${type}.json`,
        contentType: 'application/json',
        headers: headersSchema(SEALED_FIELDS[type] !== undefined),
        payload: envelope(type),
        bindings: {
          kafka: {
            key: { type: 'string', description: `The stream id, ${category.streamPrefix}<uuid>.` },
            bindingVersion: '0.5.0',
          },
        },
      };
    }
  }
  // The transparency log's signed checkpoints (docs/kafka.md "Checkpoints on the Kafka feed").
  channels[CHECKPOINT_TOPIC_SUFFIX] = {
    address: `{prefix}.${CHECKPOINT_TOPIC_SUFFIX}`,
    title: 'signed checkpoints of the transparency log',
    description:
      'Every final signed checkpoint (LEDGER_WITNESS_REQUIRED witness cosignatures; every signed one when 0), in ascending size, each published once every event it covers was acknowledged on the event topics (and the last one again when a witness cosignature was added); one partition, keyed by the log origin. The last size published is kept with the relay checkpoint, so a restart misses none and sends that one again: drop one you hold (same size and note).',
    parameters: {
      prefix: {
        description: 'Topic prefix chosen per deployment (e.g. ledger).',
        default: 'ledger',
      },
    },
    messages: { Checkpoint: { $ref: '#/components/messages/Checkpoint' } },
  };
  operations[`receive-${CHECKPOINT_TOPIC_SUFFIX}`] = {
    action: 'receive',
    channel: { $ref: `#/channels/${CHECKPOINT_TOPIC_SUFFIX}` },
    summary:
      'Hold copies of the signed roots; check them with the proof routes (docs/transparency-log.md).',
    messages: [{ $ref: `#/channels/${CHECKPOINT_TOPIC_SUFFIX}/messages/Checkpoint` }],
  };
  messages['Checkpoint'] = {
    name: 'Checkpoint',
    title: 'Checkpoint',
    summary: 'A C2SP tlog-checkpoint signed note (docs/transparency-log.md §3)',
    contentType: 'application/json',
    headers: {
      type: 'object',
      properties: {
        'checkpoint-size': { type: 'string', description: 'The tree size (integer, as a string).' },
      },
      required: ['checkpoint-size'],
    },
    payload: {
      type: 'object',
      properties: {
        size: { type: 'integer', minimum: 0, description: 'Tree size: the log positions 1..size.' },
        note: {
          type: 'string',
          description:
            'The signed note exactly as GET /log/checkpoints/<size> serves it: origin, size and base64 root lines, a blank line, the log signature line and any witness cosignature lines.',
        },
        key: {
          type: 'string',
          description: 'Verifier key (name+id+base64) of the log key that signed it.',
        },
        createdAt: { type: 'string', format: 'date-time' },
      },
      required: ['size', 'note', 'key', 'createdAt'],
      additionalProperties: false,
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: "The log's origin (the note's first line)." },
        bindingVersion: '0.5.0',
      },
    },
  };
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Contract Ledger event feed',
      version: '1.0.0',
      description: `Generated by \`${GENERATE}\` from libs/domain/src/feed; do not edit. Delivery guarantees and the feed view: docs/kafka.md.`,
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'infra/local/kafka.sh' },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}

/** A YAML writer for JSON data (the document is plain data): block style, strings JSON-quoted where needed. */
export function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value
      .map((item) => `\n${indent}- ${toYaml(item, `${indent}  `).replace(/^\n\s*/, '')}`)
      .join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return entries
      .map(([key, v]) => {
        const rendered = toYaml(v, `${indent}  `);
        const scalar = !rendered.startsWith('\n');
        return `\n${indent}${scalarString(key)}:${scalar ? ' ' : ''}${rendered}`;
      })
      .join('');
  }
  if (typeof value === 'string') return scalarString(value);
  return JSON.stringify(value);
}

function scalarString(text: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$./-]*$/.test(text) &&
    !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

export function renderAsyncApi(): string {
  return `# Generated by ${GENERATE}; do not edit.${toYaml(asyncApiDocument())}\n`;
}
