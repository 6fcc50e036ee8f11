import { Type } from 'class-transformer';
import {
  getMetadataStorage,
  IsInt,
  IsString,
  MetadataStorage,
  Min,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { plainToInstance } from 'class-transformer';
import fc from 'fast-check';
import '../../budget-lines/budget-lines.dto';
import '../../contracts/contracts.dto';
import '../../read-side/read-side.dto';
import '../../suppliers/suppliers.dto';
import { IdParams, MoneyDto } from '../../common/dto';
import { PublishTenderDto, SubmitBidDto } from '../../tenders/tenders.dto';
import { CompiledTransform } from './compiled-transform';
import { cacheValidationMetadata, CompiledValidation } from './validation';

class Amount {
  @IsInt()
  @Min(0)
  minor!: number;
}

class Base {
  @IsString()
  name!: string;
}

class Derived extends Base {
  @ValidateNested()
  @Type(() => Amount)
  amount!: Amount;
}

const storage = cacheValidationMetadata();
const uncached = (
  target: object,
  schema: string | undefined,
  always = false,
  strictGroups = false,
) =>
  MetadataStorage.prototype.getTargetValidationMetadatas.call(
    storage,
    target as new () => object,
    schema as string,
    always,
    strictGroups,
    undefined,
  );
const messages = (dto: new () => object, body: object) =>
  validateSync(plainToInstance(dto, body), { whitelist: true, forbidNonWhitelisted: true })
    .flatMap(function flat(e): string[] {
      return [...Object.values(e.constraints ?? {}), ...(e.children ?? []).flatMap(flat)];
    })
    .sort();

describe('cacheValidationMetadata', () => {
  it('answers what class-validator computes, for every DTO it knows, and keeps the answer', () => {
    const targets = [
      ...(
        storage as unknown as { validationMetadatas: Map<object, unknown> }
      ).validationMetadatas.keys(),
    ].filter((target) => typeof target === 'function');
    expect(targets).toEqual(expect.arrayContaining([SubmitBidDto, Derived, Amount]));
    // A nested object is looked up with its parent's class name as the schema.
    const schemas = [undefined, 'SubmitBidDto', 'Derived'];
    for (const target of targets) {
      for (const schema of schemas) {
        for (const [always, strict] of [
          [false, false],
          [true, false],
          [false, true],
        ] as const) {
          const cached = storage.getTargetValidationMetadatas(
            target as new () => object,
            schema as string,
            always,
            strict,
          );
          expect(cached).toEqual(uncached(target, schema, always, strict));
          expect(
            storage.getTargetValidationMetadatas(
              target as new () => object,
              schema as string,
              always,
              strict,
            ),
          ).toBe(cached);
        }
      }
    }
  });

  it('validates inherited and nested rules as before', () => {
    expect(messages(Derived, { name: 'x', amount: { minor: 1 } })).toEqual([]);
    expect(messages(Derived, { name: 3, amount: { minor: -1 }, extra: true })).toEqual([
      'minor must not be less than 0',
      'name must be a string',
      'property extra should not exist',
    ]);
  });

  it('sees a rule registered after it has answered for the class', () => {
    class Late {
      @IsString()
      early!: string;
    }
    expect(messages(Late, { early: 'a' })).toEqual([]);
    // What a decorator does when a class is declared, here on an existing class.
    IsInt()(Late.prototype, 'early');
    expect(messages(Late, { early: 'a' })).toEqual(['early must be an integer number']);
    expect(getMetadataStorage()).toBe(storage);
  });
});

/** Every DTO class class-validator knows of (the API's, once its modules are imported). */
const dtoClasses = () =>
  [
    ...(
      storage as unknown as { validationMetadatas: Map<object, unknown> }
    ).validationMetadatas.keys(),
  ].filter((target): target is new () => object => typeof target === 'function');
const propertiesOf = (dto: new () => object) =>
  Object.keys(
    storage.groupByPropertyName(storage.getTargetValidationMetadatas(dto, '', false, false)),
  );

describe('CompiledValidation', () => {
  const compiled = new CompiledValidation(storage);
  const pipeOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };
  const classValidatorPasses = (instance: object) =>
    validateSync(instance, pipeOptions).length === 0;

  it('passes a valid SubmitBid body and nested DTOs without class-validator', () => {
    const bid = plainToInstance(SubmitBidDto, {
      price: { amountMinor: 100, currency: 'CNY' },
      proposalDigest: 'a'.repeat(64),
    });
    expect(classValidatorPasses(bid)).toBe(true);
    expect(compiled.passes(bid)).toBe(true);
    expect(compiled.passes(plainToInstance(Derived, { name: 'x', amount: { minor: 1 } }))).toBe(
      true,
    );
  });

  it('never passes what class-validator refuses: a wrong value, an unknown or missing field, a wrong nested value', () => {
    const refused = [
      plainToInstance(SubmitBidDto, {
        price: { amountMinor: 1.5, currency: 'CNY' },
        proposalDigest: 'a'.repeat(64),
      }),
      plainToInstance(SubmitBidDto, {
        price: { amountMinor: 1, currency: 'CNY', x: 1 },
        proposalDigest: 'a'.repeat(64),
      }),
      plainToInstance(SubmitBidDto, {
        price: { amountMinor: 1, currency: 'CNY' },
        proposalDigest: 'a'.repeat(64),
        x: 1,
      }),
      plainToInstance(SubmitBidDto, { price: { amountMinor: 1, currency: 'CNY' } }),
      plainToInstance(SubmitBidDto, { price: null, proposalDigest: 'a'.repeat(64) }),
      plainToInstance(SubmitBidDto, {
        price: [{ amountMinor: 1, currency: 'CNY' }],
        proposalDigest: 'a'.repeat(64),
      }),
      plainToInstance(SubmitBidDto, {
        bidId: 'nope',
        price: { amountMinor: 1, currency: 'CNY' },
        proposalDigest: 'a'.repeat(64),
      }),
      plainToInstance(Derived, { name: 'x', amount: { minor: -1 } }),
      plainToInstance(Derived, { name: 'x', amount: 3 }),
    ];
    for (const instance of refused) {
      expect(classValidatorPasses(instance)).toBe(false);
      expect(compiled.passes(instance)).toBe(false);
    }
  });

  it('agrees with class-validator on every DTO of the API for generated bodies (fast-check)', () => {
    const dtos = dtoClasses();
    expect(dtos.length).toBeGreaterThan(40);
    let passedBoth = 0;
    for (const dto of dtos) {
      const names = propertiesOf(dto);
      // Bodies made of the DTO's own field names (and a stranger), with values of every JSON
      // shape, including the ones DTOs accept (uuids, instants, money, arrays of them).
      const leaf = fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.boolean(),
        fc.integer({ min: -2, max: 2_000 }),
        fc.double(),
        fc.string({ maxLength: 4 }),
        fc.uuid(),
        fc.constantFrom(
          'CNY',
          'EUR',
          '2026-01-01T00:00:00.000Z',
          'a'.repeat(64),
          'open',
          'milestone',
        ),
      );
      const value = fc.oneof(
        leaf,
        fc.array(leaf, { maxLength: 3 }),
        fc.record({
          amountMinor: fc.integer({ min: -1, max: 10 }),
          currency: fc.constantFrom('CNY', 'XXX'),
        }),
        fc.dictionary(fc.constantFrom(...names, 'x'), leaf, { maxKeys: 3 }),
      );
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...names, 'stranger'), value), (body) => {
          let instance: object;
          try {
            instance = plainToInstance(dto, body) as object;
          } catch {
            return; // class-transformer's own refusal (e.g. Number() of an object): no validation runs
          }
          const reference = classValidatorPasses(instance);
          const fast = compiled.passes(instance);
          // The compiled rules may say "ask class-validator" but never "valid" when it is not.
          if (fast) expect(reference).toBe(true);
          if (fast && reference) passedBoth++;
        }),
        { numRuns: 60, seed: 14 },
      );
    }
    // Not vacuous: some generated bodies were valid, and the compiled rules said so.
    expect(passedBoth).toBeGreaterThan(0);
  });
});

describe('CompiledTransform', () => {
  const instances = new CompiledTransform(storage);
  const bid = { price: { amountMinor: 100, currency: 'CNY' }, proposalDigest: 'a'.repeat(64) };

  it('gives the hot bodies what plainToInstance gives, nested classes included', () => {
    const instance = instances.instantiate(SubmitBidDto, bid);
    expect(instance).toBeInstanceOf(SubmitBidDto);
    expect((instance as SubmitBidDto).price).toBeInstanceOf(MoneyDto);
    expect(instance).toStrictEqual(plainToInstance(SubmitBidDto, bid));
    const params = { id: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e' };
    expect(instances.instantiate(IdParams, params)).toStrictEqual(
      plainToInstance(IdParams, params),
    );
    // The source is not the instance, and is left as it came.
    expect(instance).not.toBe(bid);
    expect(bid).toEqual({
      price: { amountMinor: 100, currency: 'CNY' },
      proposalDigest: 'a'.repeat(64),
    });
  });

  it('leaves to class-transformer what it does not reproduce: @Transform, unknown keys, non-JSON values', () => {
    // IsInstant() is a @Transform.
    expect(
      instances.instantiate(PublishTenderDto, { deadline: '2026-01-01T00:00:00Z' }),
    ).toBeUndefined();
    expect(instances.instantiate(SubmitBidDto, { ...bid, stranger: 1 })).toBeUndefined();
    expect(instances.instantiate(SubmitBidDto, { ...bid, price: new Date() })).toBeUndefined();
    expect(instances.instantiate(SubmitBidDto, [bid])).toBeUndefined();
    expect(instances.instantiate(SubmitBidDto, 'text')).toBeUndefined();
    expect(
      instances.instantiate(Derived, { name: { toString: 'x' }, amount: { minor: 1 } }),
    ).toBeUndefined();
  });

  it('equals plainToInstance on every DTO of the API for generated bodies whenever it answers (fast-check)', () => {
    const dtos = dtoClasses();
    expect(dtos.length).toBeGreaterThan(40);
    let answered = 0;
    const covered = new Set<unknown>();
    for (const dto of dtos) {
      const names = propertiesOf(dto);
      const leaf = fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.boolean(),
        fc.integer({ min: -2, max: 2_000 }),
        fc.string({ maxLength: 4 }),
        fc.uuid(),
        fc.constantFrom('CNY', '2026-01-01T00:00:00Z', 'a'.repeat(64)),
      );
      const value = fc.oneof(
        leaf,
        fc.array(leaf, { maxLength: 3 }),
        fc.array(fc.dictionary(fc.constantFrom(...names, 'amountMinor', 'currency'), leaf), {
          maxLength: 2,
        }),
        fc.record({
          amountMinor: fc.integer({ min: -1, max: 10 }),
          currency: fc.constantFrom('CNY', 'XXX'),
        }),
        fc.dictionary(fc.constantFrom(...names, 'x', 'toString'), leaf, { maxKeys: 3 }),
      );
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...names, 'stranger'), value), (body) => {
          const source = structuredClone(body);
          const fast = instances.instantiate(dto, body);
          expect(body).toEqual(source);
          if (fast === undefined) return;
          answered++;
          covered.add(dto);
          expect(fast).toStrictEqual(plainToInstance(dto, source));
        }),
        { numRuns: 60, seed: 14 },
      );
    }
    // Not vacuous: most DTOs are covered, the hot ones among them.
    expect(answered).toBeGreaterThan(500);
    expect(covered).toContain(SubmitBidDto);
    expect(covered.size).toBeGreaterThan(dtos.length / 2);
  });
});
