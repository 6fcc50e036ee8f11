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
import { SubmitBidDto } from '../../tenders/tenders.dto';
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

describe('CompiledValidation', () => {
  const compiled = new CompiledValidation(storage);
  const pipeOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };
  const classValidatorPasses = (instance: object) =>
    validateSync(instance, pipeOptions).length === 0;
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
