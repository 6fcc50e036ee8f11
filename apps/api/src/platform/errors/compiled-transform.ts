import { TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformerStorage } from 'class-transformer/types/MetadataStorage';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import type { getMetadataStorage } from 'class-validator';

type ValidatorStorage = ReturnType<typeof getMetadataStorage>;
type Class = new () => object;

/** class-transformer's own registry of @Type, @Transform, @Expose and @Exclude (not exported by its index). */
const transformerStorage: TransformerStorage = defaultMetadataStorage;

/** What class-transformer does with one property of a class, for a plain source. */
type Step =
  /** No @Type: the value is copied as class-transformer copies an untyped value (deep, plain). */
  | { readonly kind: 'copy' }
  /** @Type(() => Class): an object becomes that class; `arrayOk`: the property's own array is a plain array. */
  | { readonly kind: 'nested'; readonly type: Class; readonly arrayOk: boolean };
type Plan = ReadonlyMap<string, Step>;

/** A value this cannot reproduce exactly: the caller asks class-transformer. */
const ASK = Symbol('ask class-transformer');
type Out = unknown;

/** Types class-transformer converts to rather than instantiating (String(value), new Date(value)...). */
const CONVERTED = new Set<unknown>([
  String,
  Number,
  Boolean,
  Date,
  Buffer,
  Object,
  Array,
  Map,
  Set,
  Promise,
]);
const COPY: Step = { kind: 'copy' };

/**
 * A source class-transformer reads only through its own keys: a plain object, one without a
 * prototype, or one whose prototype is itself empty and prototype-less (find-my-way's route params).
 */
const isPlain = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as object | null;
  return (
    proto === Object.prototype ||
    proto === null ||
    (Object.getPrototypeOf(proto) === null && Reflect.ownKeys(proto).length === 0)
  );
};

/**
 * class-transformer's `plainToInstance(Class, body)` (the default options the validation pipe uses),
 * reproduced for the JSON values a request carries and DTO classes whose only class-transformer
 * decorator is a static `@Type(() => Class)`: a new instance per class, every key of the source
 * in its order, untyped values deep-copied. It is built from class-transformer's and
 * class-validator's own metadata, never from a second description of the DTOs; anything else (a
 * @Transform, @Expose or @Exclude, a conversion type, a discriminator, a key that is not a
 * validated property, a value that is not JSON) answers undefined and class-transformer runs as
 * before. The unit test compares both outputs on every DTO of the API.
 */
export class CompiledTransform {
  private readonly plans = new WeakMap<Class, Plan | null>();

  constructor(private readonly validation: ValidatorStorage) {}

  /** What plainToInstance(type, value) gives, or undefined where that is not known here. */
  instantiate(type: Class, value: unknown): object | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value))
      return undefined;
    const out = this.instance(type, value);
    return out === ASK ? undefined : (out as object);
  }

  private instance(type: Class, value: object): Out {
    const plan = this.planOf(type);
    if (plan === null) return ASK;
    const target = new type() as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      const step = plan.get(key);
      if (step === undefined) return ASK;
      const from = (value as Record<string, unknown>)[key];
      const out =
        step.kind === 'copy'
          ? copy(from)
          : Array.isArray(from) && !step.arrayOk
            ? ASK
            : this.typed(step.type, from);
      if (out === ASK) return ASK;
      target[key] = out;
    }
    return target;
  }

  /** A value of a @Type(() => type) property: objects (and array elements) become the class. */
  private typed(type: Class, value: unknown): Out {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return ASK;
        const element = this.typed(type, value[i]);
        if (element === ASK) return ASK;
        out.push(element);
      }
      return out;
    }
    if (typeof value !== 'object' || value === null) return value;
    if (!isPlain(value)) return ASK;
    return this.instance(type, value);
  }

  private planOf(type: Class): Plan | null {
    let plan = this.plans.get(type);
    if (plan === undefined) {
      plan = this.plan(type);
      this.plans.set(type, plan);
    }
    return plan;
  }

  private plan(type: Class): Plan | null {
    if (
      transformerStorage.getStrategy(type) !== 'none' ||
      transformerStorage.getExposedMetadatas(type).length > 0 ||
      transformerStorage.getExcludedMetadatas(type).length > 0
    )
      return null;
    const names = Object.keys(
      this.validation.groupByPropertyName(
        this.validation.getTargetValidationMetadatas(
          type,
          undefined as unknown as string,
          false,
          false,
          undefined,
        ),
      ),
    );
    const probe = new type() as Record<string, unknown>;
    const plan = new Map<string, Step>();
    for (const name of names) {
      // Keys class-transformer skips or treats apart: Object's own, accessors and methods of the class.
      if (name in Object.prototype) return null;
      const descriptor = Object.getOwnPropertyDescriptor(type.prototype, name);
      if (
        (descriptor !== undefined && descriptor.set === undefined) ||
        probe[name] instanceof Function
      )
        return null;
      if (
        transformerStorage.findTransformMetadatas(type, name, TransformationType.PLAIN_TO_CLASS)
          .length > 0
      )
        return null;
      const meta = transformerStorage.findTypeMetadata(type, name);
      if (meta === undefined) {
        plan.set(name, COPY);
        continue;
      }
      if (meta.options?.discriminator !== undefined || meta.reflectedType === Map) return null;
      // A type chosen per object (a function of its argument) is not static.
      if (meta.typeFunction === undefined || meta.typeFunction.length > 0) return null;
      const nested = meta.typeFunction() as unknown;
      if (typeof nested !== 'function' || CONVERTED.has(nested)) return null;
      plan.set(name, {
        kind: 'nested',
        type: nested as Class,
        arrayOk: meta.reflectedType === Array,
      });
    }
    return plan;
  }
}

/** class-transformer's copy of an untyped value: arrays and plain objects anew, the rest as is. */
function copy(value: unknown): Out {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return ASK;
      const element = copy(value[i]);
      if (element === ASK) return ASK;
      out.push(element);
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return ASK;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // __proto__, constructor and Object's methods are keys class-transformer skips.
    if (key in Object.prototype) return ASK;
    const element = copy((value as Record<string, unknown>)[key]);
    if (element === ASK) return ASK;
    out[key] = element;
  }
  return out;
}
