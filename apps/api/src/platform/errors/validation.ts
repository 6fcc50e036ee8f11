import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import {
  getMetadataStorage,
  IS_UUID,
  ValidationTypes,
  type ValidationArguments,
  type ValidatorConstraintInterface,
  type ValidatorOptions,
} from 'class-validator';
import { CompiledTransform } from './compiled-transform';
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

/** A compiled verdict on one validated object: true only where class-validator finds no error. */
type Check = (object: object) => boolean;
type Metadata = TargetMetadatas[number];
interface Constraint {
  readonly metadata: Metadata;
  readonly validator: ValidatorConstraintInterface;
}
const isPromise = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  typeof (value as Promise<unknown>).then === 'function';
const isCollection = (value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> =>
  Array.isArray(value) || value instanceof Set || value instanceof Map;
const elementsOf = (value: unknown[] | Set<unknown> | Map<unknown, unknown>): unknown[] =>
  value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : [...value];

/**
 * class-validator's rules for one DTO class as one function, built once from its own metadata
 * and calling its own constraint objects, in the order and with the arguments its
 * ValidationExecutor uses, for the global pipe's options (whitelist, forbidNonWhitelisted, no
 * groups, no skipping). What it saves per request is the executor's bookkeeping: a
 * ValidationError per property, the argument and message objects, the promise per call.
 * It only ever says "valid" or "ask class-validator": anything it does not model (groups,
 * IsDefined, async constraints, promises, a key class-validator would look up in a plain object
 * by name) makes the class, or that one value, go to class-validator, which then also writes the
 * errors. So class-validator stays the one definition, and the unit test compares both verdicts.
 */
export class CompiledValidation {
  private compiled = new WeakMap<TargetMetadatas, Check | null>();

  constructor(private readonly storage: MetadataStorage) {}

  /** Whether class-validator would find no error in `object` (false: unknown, ask it). */
  passes(object: object): boolean {
    const check = this.checkOf((object as { constructor?: unknown }).constructor, undefined);
    return check !== null && check(object);
  }

  private checkOf(target: unknown, schema: string | undefined): Check | null {
    if (typeof target !== 'function') return null;
    const metadatas = this.storage.getTargetValidationMetadatas(
      target as new () => object,
      schema as string,
      false,
      false,
      undefined,
    );
    // Only the cache's frozen arrays have a stable identity to compile against.
    if (!Object.isFrozen(metadatas)) return null;
    let check = this.compiled.get(metadatas);
    if (check === undefined) {
      check = this.compile(metadatas);
      this.compiled.set(metadatas, check);
    }
    return check;
  }

  private compile(metadatas: TargetMetadatas): Check | null {
    // forbidUnknownValues: a class without rules is an error class-validator words itself.
    if (metadatas.length === 0) return null;
    const grouped = this.storage.groupByPropertyName(metadatas);
    const properties: { name: string; check: (object: object, value: unknown) => boolean }[] = [];
    for (const [name, list] of Object.entries(grouped)) {
      const conditions: Metadata[] = [];
      const constraints: Constraint[] = [];
      const nested: Metadata[] = [];
      for (const metadata of list) {
        if ((metadata.groups?.length ?? 0) > 0) return null;
        switch (metadata.type) {
          case ValidationTypes.CONDITIONAL_VALIDATION:
            conditions.push(metadata);
            break;
          case ValidationTypes.CUSTOM_VALIDATION:
            for (const constraint of this.storage.getTargetValidatorConstraints(
              metadata.constraintCls,
            )) {
              if (constraint.async) return null;
              constraints.push({ metadata, validator: constraint.instance });
            }
            break;
          case ValidationTypes.NESTED_VALIDATION:
            nested.push(metadata);
            break;
          case ValidationTypes.WHITELIST:
            break;
          default:
            return null;
        }
      }
      properties.push({ name, check: this.propertyCheck(conditions, constraints, nested) });
    }
    const allowed = new Set(properties.map((property) => property.name));
    return (object) => {
      // whitelist + forbidNonWhitelisted: every key is a property with rules.
      for (const key of Object.keys(object)) if (!allowed.has(key)) return false;
      for (const property of properties) {
        if (!property.check(object, (object as Record<string, unknown>)[property.name]))
          return false;
      }
      return true;
    };
  }

  /** ValidationExecutor.performValidations for one property, without the errors. */
  private propertyCheck(
    conditions: readonly Metadata[],
    constraints: readonly Constraint[],
    nested: readonly Metadata[],
  ): (object: object, value: unknown) => boolean {
    return (object, value) => {
      // Every condition runs (as class-validator's map + reduce does); any false skips the rest.
      let validate = true;
      for (const condition of conditions) {
        if (!(condition.constraints[0] as (o: object, v: unknown) => boolean)(object, value))
          validate = false;
      }
      if (!validate) return true;
      for (const { metadata, validator } of constraints) {
        const args: ValidationArguments = {
          // What class-validator passes (undefined for an object without a constructor).
          targetName: (object as { constructor?: { name: string } }).constructor?.name as string,
          property: metadata.propertyName,
          object,
          value,
          constraints: metadata.constraints,
        };
        const values = metadata.each && isCollection(value) ? elementsOf(value) : [value];
        for (const element of values) {
          const valid = validator.validate(element, args);
          if (isPromise(valid) || !valid) return false;
        }
      }
      if (value === undefined) return true;
      for (const metadata of nested) if (!this.nestedPasses(metadata, value)) return false;
      return true;
    };
  }

  /** ValidationExecutor.nestedValidations for one value. */
  private nestedPasses(metadata: Metadata, value: unknown): boolean {
    if (value === undefined) return true;
    if (isCollection(value))
      return elementsOf(value).every((element) => this.nestedPasses(metadata, element));
    if (!(value instanceof Object)) return false;
    const schema = typeof metadata.target === 'string' ? metadata.target : metadata.target.name;
    const check = this.checkOf(value.constructor, schema);
    return check !== null && check(value);
  }
}

/** What lowercasing does to one validated object: its @IsUUID properties, and those it nests. */
interface UuidPlan {
  readonly uuids: readonly { readonly name: string; readonly each: boolean }[];
  readonly nested: readonly string[];
}

/**
 * UUIDs are case-insensitive on input and lowercase on output (RFC 9562 §4), and the ledger keys
 * streams, scopes and assignments by the id's text: a property validated by `@IsUUID` is
 * lowercased after validation, so `15B0EA13-…` and `15b0ea13-…` are one budget line, one
 * evaluator, one path id. The decorators say which properties are ids; nothing else is touched.
 */
export class UuidCase {
  private plans = new WeakMap<object, UuidPlan | null>();

  constructor(private readonly storage: MetadataStorage) {}

  /** Lowercases `object`'s UUID properties in place (its own and its nested DTOs'); returns it. */
  lowercase<T>(object: T): T {
    if (object === null || typeof object !== 'object') return object;
    if (isCollection(object)) {
      for (const element of elementsOf(object)) this.lowercase(element);
      return object;
    }
    const plan = this.planOf((object as { constructor?: unknown }).constructor);
    if (plan === null) return object;
    const record = object as Record<string, unknown>;
    for (const { name, each } of plan.uuids) {
      const value = record[name];
      if (typeof value === 'string') record[name] = value.toLowerCase();
      else if (each && Array.isArray(value))
        record[name] = value.map((v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v));
    }
    for (const name of plan.nested) this.lowercase(record[name]);
    return object;
  }

  private planOf(target: unknown): UuidPlan | null {
    if (typeof target !== 'function' || target === Object) return null;
    let plan = this.plans.get(target);
    if (plan === undefined) {
      const metadatas = this.storage.getTargetValidationMetadatas(
        target as new () => object,
        '',
        false,
        false,
        undefined,
      );
      const uuids = metadatas
        .filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION && m.name === IS_UUID)
        .map((m) => ({ name: m.propertyName, each: m.each === true }));
      const nested = [
        ...new Set(
          metadatas
            .filter((m) => m.type === ValidationTypes.NESTED_VALIDATION)
            .map((m) => m.propertyName),
        ),
      ];
      plan = uuids.length === 0 && nested.length === 0 ? null : { uuids, nested };
      this.plans.set(target, plan);
    }
    return plan;
  }
}

/**
 * The global pipe: unknown fields are refused (not silently dropped, a typo must not pass for an
 * omission), DTOs are instantiated and primitives converted, and failures become 400
 * VALIDATION_FAILED with the field list. The submitted values are never echoed back. A body the
 * compiled rules pass needs no class-validator run; any other goes through class-validator,
 * which decides and words the errors. Where CompiledTransform reproduces class-transformer's
 * instance and the compiled rules pass it, that instance is the answer without either library
 * running (what Nest's pipe would return for it: the same instance, nothing else changed);
 * otherwise Nest's pipe runs as it is, class-transformer included.
 */
class LedgerValidationPipe extends ValidationPipe {
  constructor(
    private readonly compiled: CompiledValidation,
    private readonly instances: CompiledTransform,
    private readonly uuids: UuidCase,
  ) {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // What Nest's pipe does first with transform on (custom decorators, primitives), without its frame.
    if (!type || !this.toValidate(metadata)) return this.transformPrimitive(value, metadata);
    const instance = this.instances.instantiate(type as new () => object, value);
    if (instance !== undefined && this.compiled.passes(instance))
      return this.uuids.lowercase(instance);
    return this.uuids.lowercase(await super.transform(value, metadata));
  }

  protected override validate(
    object: object,
    validatorOptions?: ValidatorOptions,
  ): Promise<ValidationError[]> | ValidationError[] {
    if (this.compiled.passes(object)) return [];
    return super.validate(object, validatorOptions);
  }
}

export function createValidationPipe(): ValidationPipe {
  const storage = cacheValidationMetadata();
  return new LedgerValidationPipe(
    new CompiledValidation(storage),
    new CompiledTransform(storage),
    new UuidCase(storage),
  );
}
