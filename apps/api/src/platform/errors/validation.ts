import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { validationFailed, type FieldError } from './problem';

/** Nested class-validator errors to `{ field: 'milestones.0.amount', messages }`, one per failing path. */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    if (error.constraints) out.push({ field, messages: Object.values(error.constraints) });
    if (error.children && error.children.length > 0)
      out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type TargetMetadatas = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;
const CACHED = Symbol('validation metadata cached');

/**
 * class-validator looks a DTO's rules up anew on every validation of every (nested) object: it
 * filters the class's decorators and walks every class it knows to find ancestors (a scan of all the
 * API's DTOs per object; a tenth of the validation pipe's time). The rules are the decorators, fixed
 * once the classes are loaded, so the answer is kept per class and options and dropped whenever a
 * decorator registers a rule (classes loaded later, tests' own DTOs). class-validator stays the
 * only definition of what is valid: this caches its answer, it decides nothing.
 * Idempotent; returns the storage.
 */
export function cacheValidationMetadata(
  storage: MetadataStorage = getMetadataStorage(),
): MetadataStorage {
  const marked = storage as MetadataStorage & { [CACHED]?: true };
  if (marked[CACHED]) return storage;
  marked[CACHED] = true;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  // Per class: per (schema name, always, strictGroups); lookups with groups are not cached. A
  // nested object is looked up with its parent's class name as the schema.
  let targets = new WeakMap<object, Map<string, TargetMetadatas>>();
  let grouped = new WeakMap<TargetMetadatas, ReturnType<MetadataStorage['groupByPropertyName']>>();
  storage.addValidationMetadata = (metadata) => {
    targets = new WeakMap();
    grouped = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if ((groups !== undefined && groups.length > 0) || !target)
      return lookUp(target, schema, always, strictGroups, groups);
    const key = `${String(schema)}|${always}|${strictGroups}`;
    let byOptions = targets.get(target);
    if (byOptions === undefined) targets.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (found === undefined) {
      // Frozen: every validation shares it, and class-validator only reads it.
      found = Object.freeze(
        lookUp(target, schema, always, strictGroups, groups),
      ) as TargetMetadatas;
      byOptions.set(key, found);
    }
    return found;
  };
  storage.groupByPropertyName = (metadatas) => {
    let found = grouped.get(metadatas);
    if (found === undefined) {
      found = group(metadatas);
      // Only arrays this cache handed out are kept (their identity is stable).
      if (Object.isFrozen(metadatas)) grouped.set(metadatas, found);
    }
    return found;
  };
  return storage;
}

/**
 * The global pipe: unknown fields are refused (not silently dropped, a typo must not pass for an
 * omission), DTOs are instantiated and primitives converted, and failures become 400
 * VALIDATION_FAILED with the field list. The submitted values are never echoed back.
 */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
