import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';

export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
export const INSTANT_MESSAGE =
  '$property must be an ISO-8601 UTC instant such as 2026-03-01T09:00:00Z';

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

  @ApiProperty({ description: 'ISO 4217 currency code', example: 'CNY', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 code of three capital letters' })
  currency!: string;
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
    description: 'Revision of the stream after the command (also the ETag)',
    example: 3,
  })
  revision!: number;

  @ApiProperty({
    description: 'Global log position reached; pass it to queries to read your own write',
    example: 1042,
  })
  position!: number;
}

export class IdParams {
  @ApiProperty({ format: 'uuid', example: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e' })
  @IsUUID('all')
  id!: string;
}
