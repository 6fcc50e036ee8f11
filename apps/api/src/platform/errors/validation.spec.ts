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
import { SubmitBidDto } from '../../tenders/tenders.dto';
import { cacheValidationMetadata } from './validation';

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
