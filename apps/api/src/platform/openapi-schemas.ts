import type { OpenAPIObject } from '@nestjs/swagger';
import { VIEW_EXAMPLES } from './openapi-view-examples';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type SchemaObject = Record<string, unknown>;
export type Example =
  null | boolean | number | string | readonly Example[] | { readonly [key: string]: Example };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Two schemas of the items of one array: the properties of both, required only where both require. */
function merge(a: SchemaObject, b: SchemaObject): SchemaObject {
  if (a.type !== b.type) return {};
  if (a.type === 'object') {
    const pa = a.properties as Record<string, SchemaObject>;
    const pb = b.properties as Record<string, SchemaObject>;
    const properties: Record<string, SchemaObject> = { ...pa, ...pb };
    for (const key of Object.keys(pa)) if (key in pb) properties[key] = merge(pa[key]!, pb[key]!);
    const required = (a.required as string[]).filter((key) =>
      (b.required as string[]).includes(key),
    );
    return { type: 'object', properties, required };
  }
  return a.format === b.format ? a : { type: a.type };
}

/**
 * The JSON Schema of a view, from an example of it: types, formats (uuid, date-time), integers,
 * and every member required. A member that is null in the example is `nullable` and otherwise
 * unconstrained; an empty array's items are unconstrained. Examples are kept next to the routes and
 * checked against real answers by the OpenAPI e2e, so the schema cannot drift from the view.
 */
export function schemaFromExample(example: Example): SchemaObject {
  if (example === null) return { nullable: true };
  if (Array.isArray(example)) {
    const items = (example as readonly Example[]).map(schemaFromExample);
    return { type: 'array', items: items.length === 0 ? {} : items.reduce(merge) };
  }
  switch (typeof example) {
    case 'string':
      if (UUID.test(example)) return { type: 'string', format: 'uuid' };
      if (INSTANT.test(example)) return { type: 'string', format: 'date-time' };
      return { type: 'string' };
    case 'number':
      return { type: Number.isInteger(example) ? 'integer' : 'number' };
    case 'boolean':
      return { type: 'boolean' };
    default: {
      const entries = Object.entries(example as Record<string, Example>);
      return {
        type: 'object',
        properties: Object.fromEntries(
          entries.map(([key, value]) => [key, schemaFromExample(value)]),
        ),
        required: entries.map(([key]) => key),
      };
    }
  }
}

/**
 * What one example cannot show: members that may be null (non-null in the example), and members
 * whose shape varies by event type (free objects). Paths go through arrays (`items.data` is the
 * `data` of every item). Found by the OpenAPI e2e, which checks real answers against the schemas.
 */
interface Hints {
  readonly nullable?: readonly string[];
  readonly free?: readonly string[];
}
const MIN_RATING = { nullable: ['eligibility.minRating'] };
const HINTS: Readonly<Record<string, Hints>> = {
  'GET /api/v1/tenders/{id}': MIN_RATING,
  // Null until opening: how many bid is sealed too.
  'GET /api/v1/public/tenders/{id}': { nullable: ['eligibility.minRating', 'bidCount'] },
  'GET /api/v1/public/tenders': { nullable: ['items.eligibility.minRating'] },
  'GET /api/v1/accountability/suppliers': {
    nullable: ['items.acceptanceRateBps', 'items.meanScoreX100'],
  },
  'GET /api/v1/accountability/suppliers/{id}': { nullable: ['acceptanceRateBps', 'meanScoreX100'] },
  // A monitored contract's monitoring not ended early has no early end.
  'GET /api/v1/accountability/agencies': {
    nullable: ['items.monitoring.items.endedEarlyAt', 'items.monitoring.items.endRationale'],
  },
  'GET /api/v1/accountability/agencies/{id}': {
    nullable: ['monitoring.items.endedEarlyAt', 'monitoring.items.endRationale'],
  },
  'GET /api/v1/audit/{kind}/{id}/state': { nullable: ['asOf'], free: ['state'] },
  'GET /api/v1/audit/events': { free: ['items.data', 'items.metadata'] },
  'GET /api/v1/audit/tenders/{id}/history': {
    nullable: ['items.why'],
    free: ['items.data', 'items.who', 'items.why'],
  },
  'GET /api/v1/blacklist/history': {
    nullable: ['items.liftedAt', 'items.liftReason', 'items.liftedBy'],
  },
};

function applyHints(schema: SchemaObject, hints: Hints): SchemaObject {
  const at = (path: string, edit: (s: SchemaObject) => SchemaObject) => {
    const walk = (node: SchemaObject, keys: readonly string[]): SchemaObject => {
      if (node.type === 'array') return { ...node, items: walk(node.items as SchemaObject, keys) };
      if (keys.length === 0) return edit(node);
      const properties = node.properties as Record<string, SchemaObject> | undefined;
      const child = properties?.[keys[0]!];
      if (child === undefined) return node;
      return { ...node, properties: { ...properties, [keys[0]!]: walk(child, keys.slice(1)) } };
    };
    schema = walk(schema, path.split('.'));
  };
  for (const path of hints.free ?? [])
    at(path, (s) => ({ type: 'object', ...(s.nullable === true ? { nullable: true } : {}) }));
  for (const path of hints.nullable ?? []) at(path, (s) => ({ ...s, nullable: true }));
  return schema;
}

const described = (schema: SchemaObject | undefined) =>
  schema !== undefined &&
  (schema.type !== undefined ||
    schema.$ref !== undefined ||
    schema.allOf !== undefined ||
    schema.oneOf !== undefined);

/**
 * Every JSON success response of the /api routes gets a schema: a route that gave only an example
 * gets the schema of its example; a view that gave nothing gets its example from VIEW_EXAMPLES.
 */
export function documentResponseSchemas(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const method of ['get', 'post'] as const) {
      const operation: Operation | undefined = item[method];
      if (operation === undefined) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response === undefined || !/^2\d\d$/.test(status) || '$ref' in response) continue;
        const viewExample = VIEW_EXAMPLES[`${method.toUpperCase()} ${path}`];
        if (response.content === undefined && viewExample !== undefined)
          response.content = { 'application/json': { example: viewExample } };
        for (const media of Object.values(response.content ?? {})) {
          const schema = media.schema as SchemaObject | undefined;
          if (described(schema)) continue;
          const example = (schema?.example ?? media.example) as Example | undefined;
          if (example === undefined) continue;
          const hints = HINTS[`${method.toUpperCase()} ${path}`] ?? {};
          media.schema = { ...applyHints(schemaFromExample(example), hints), example } as never;
        }
      }
    }
  }
  return document;
}
