import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ISO_4217_CODES, isCanonicalInstant } from '@contract-ledger/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

/** What clients may send: ISO-8601 UTC, with or without milliseconds. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
export const INSTANT_MESSAGE =
  '$property must be an ISO-8601 UTC instant such as 2026-03-01T09:00:00Z';

/** `2026-03-01T09:00:00Z` and `...00.5Z` become `2026-03-01T09:00:00.000Z` / `...00.500Z`; anything else is left for the validator to refuse. */
function canonicalInstant(value: unknown): unknown {
  if (typeof value !== 'string' || !INSTANT.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const canonical = new Date(ms).toISOString();
  // Date.parse rolls 2026-02-30 over to March: keep such input as sent so it is refused, not moved.
  return canonical.slice(0, 19) === value.slice(0, 19) ? canonical : value;
}

/**
 * An instant field of a request body: accepted in any ISO-8601 UTC spelling, handed to commands in
 * the domain's one canonical form (libs/domain/src/shared/instant.ts) so events compare as text.
 */
export function IsInstant(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => canonicalInstant(value)),
    ValidateBy({
      name: 'isInstant',
      validator: { validate: isCanonicalInstant, defaultMessage: () => INSTANT_MESSAGE },
    }),
  );
}

// Stacked decorators apply bottom up; these list theirs in that same order, so the validators run
// (and their messages come) in the order the DTOs had when they spelled the stack out.

/** A nested object field validated as its own DTO (a bare value or array is refused, not coerced). */
export function NestedObject(dto: () => new () => object): PropertyDecorator {
  return applyDecorators(Type(dto), ValidateNested(), IsObject());
}

/** An array field of nested DTOs, each an object validated as `dto`, with a length range. */
export function NestedArray(
  dto: () => new () => object,
  size: { readonly min?: number; readonly max: number },
): PropertyDecorator {
  return applyDecorators(
    Type(dto),
    ValidateNested({ each: true }),
    IsObject({ each: true }),
    ArrayMaxSize(size.max),
    ...(size.min === undefined ? [] : [ArrayMinSize(size.min)]),
    IsArray(),
  );
}

/** Money as everywhere in the ledger: integer minor units, never a float, and an ISO 4217 code. */
export class MoneyDto {
  @ApiProperty({
    description: 'Whole minor units (cents, fen)',
    example: 125_000_00,
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
  })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor!: number;

  @ApiProperty({ description: 'ISO 4217 currency code', example: 'CNY', enum: [...ISO_4217_CODES] })
  @IsIn([...ISO_4217_CODES], {
    message: '$property must be an ISO 4217 currency code such as CNY or EUR',
  })
  currency!: string;
}

export class ReceiptEventDto {
  @ApiProperty({
    description: 'Global position of the appended event (leaf index position - 1)',
    example: 1042,
  })
  position!: number;

  @ApiProperty({
    description: "The event's chain hash (hex): the leaf data of the transparency log",
    example: '8f166c1bb27dc2f163c3251f1eea75e6a80b4cfe164f8067efff6952775fe359',
  })
  eventHash!: string;

  @ApiProperty({
    description: 'RFC 6962 leaf hash SHA-256(0x00 || chain hash bytes), base64',
    example: 'dwD5ZZywIlZQNs0vu3IbwCTIi2WaCUVWaXKiM0Kgh/E=',
  })
  leafHash!: string;
}

export class ReceiptDto {
  @ApiProperty({
    type: [ReceiptEventDto],
    description:
      'The events the command appended, in position order (empty for an idempotent no-op). Prove one later with GET /log/proof/inclusion?position=<position>&size=<a checkpoint size> (docs/transparency-log.md "Receipts")',
  })
  events!: ReceiptEventDto[];
}

/** What every command answers (read-your-writes); the same revision is in the ETag header. */
export class CommandResultDto {
  @ApiProperty({
    description: 'The entity acted on or created',
    example: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
    format: 'uuid',
  })
  id!: string;

  @ApiProperty({
    description:
      "Revision of the stream after the command (also the ETag). Absent, with no ETag, on a tender's stream for a caller who may not know its bid count (a supplier: ADR 0006 decision 6)",
    example: 3,
    required: false,
  })
  revision?: number;

  @ApiProperty({
    description: 'Global log position reached; pass it to queries to read your own write',
    example: 1042,
  })
  position!: number;

  @ApiProperty({
    type: ReceiptDto,
    description: "Transparency-log receipt: each appended event's position and leaf hash",
  })
  receipt!: ReceiptDto;
}

export class IdParams {
  @ApiProperty({ format: 'uuid', example: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e' })
  @IsUUID('all')
  id!: string;
}
