/**
 * A tiny JSON Schema builder whose values carry the TypeScript type they describe (a phantom
 * type, never set at run time). event-schemas.ts writes each event's schema once with it and
 * checks, at compile time, that the described type is assignable to the domain's event data: a
 * field the schema forgets or types differently fails `npm run typecheck`. A field the schema has
 * but the event lacks is caught at run time instead, since every object is closed
 * (additionalProperties: false) and the contract tests validate real decider output.
 */

declare const DESCRIBES: unique symbol;

export type JsonSchema = { readonly [key: string]: unknown };
export type Schema<T> = JsonSchema & { readonly [DESCRIBES]?: T };
export type Described<S> = S extends Schema<infer T> ? T : never;

const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
/** Instants as the domain writes them: ISO-8601 UTC with milliseconds. */
const INSTANT = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$';

export const s = {
  string: (description?: string): Schema<string> => ({
    type: 'string',
    ...(description ? { description } : {}),
  }),
  text: (description?: string): Schema<string> => ({
    type: 'string',
    minLength: 1,
    ...(description ? { description } : {}),
  }),
  id: (description?: string): Schema<string> => ({
    type: 'string',
    format: 'uuid',
    pattern: UUID,
    ...(description ? { description } : {}),
  }),
  instant: (description?: string): Schema<string> => ({
    type: 'string',
    format: 'date-time',
    pattern: INSTANT,
    ...(description ? { description } : {}),
  }),
  integer: (min?: number, max?: number, description?: string): Schema<number> => ({
    type: 'integer',
    ...(min === undefined ? {} : { minimum: min }),
    ...(max === undefined ? {} : { maximum: max }),
    ...(description ? { description } : {}),
  }),
  /** A positive number up to max, fractions allowed (a part of a day). */
  positive: (max: number, description?: string): Schema<number> => ({
    type: 'number',
    exclusiveMinimum: 0,
    maximum: max,
    ...(description ? { description } : {}),
  }),
  boolean: (description?: string): Schema<boolean> => ({
    type: 'boolean',
    ...(description ? { description } : {}),
  }),
  literal: <const V extends string>(values: readonly V[], description?: string): Schema<V> => ({
    type: 'string',
    enum: [...values],
    ...(description ? { description } : {}),
  }),
  array: <T>(items: Schema<T>, description?: string): Schema<T[]> => ({
    type: 'array',
    items,
    ...(description ? { description } : {}),
  }),
  nullable: <T>(schema: Schema<T>): Schema<T | null> => ({ anyOf: [schema, { type: 'null' }] }),
  object: <
    R extends Record<string, Schema<unknown>>,
    O extends Record<string, Schema<unknown>> = Record<never, never>,
  >(
    required: R,
    optional?: O,
    description?: string,
  ): Schema<{ [K in keyof R]: Described<R[K]> } & { [K in keyof O]?: Described<O[K]> }> => ({
    type: 'object',
    ...(description ? { description } : {}),
    properties: { ...required, ...(optional ?? {}) },
    required: Object.keys(required),
    additionalProperties: false,
  }),
};

/** Money: integer minor units of an ISO 4217 currency (docs/events.md). */
export const money: Schema<{ amountMinor: number; currency: string }> = {
  type: 'object',
  description: 'Integer minor units of an ISO 4217 currency; never a float.',
  properties: {
    amountMinor: { type: 'integer' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  },
  required: ['amountMinor', 'currency'],
  additionalProperties: false,
};
