import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsInstant } from '../common/dto';

/** Read-your-writes on every read route (docs/read-side.md). */
export class ReadYourWritesQuery {
  @ApiPropertyOptional({
    type: 'integer',
    description:
      'Global log position the answer must include: the `position` a command answered. The route waits until its read model has applied it, then answers; 504 PROJECTION_TIMEOUT if it does not in time',
    example: 1042,
    minimum: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  minPosition?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description:
      'How long to wait for minPosition, in ms (default and ceiling: LEDGER_READ_WAIT_MS, 5000)',
    example: 2000,
    minimum: 0,
    maximum: 60000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60_000)
  maxWaitMs?: number;
}

export class CursorPageQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 50, example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({
    description: '`nextCursor` of the previous page (same filters)',
    example: 'WzEwNDJd',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  cursor?: string;
}

export class AuditEventsQuery extends CursorPageQuery {
  @ApiPropertyOptional({
    description: 'Actor id (token subject) of the events',
    format: 'uuid',
    example: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  actor?: string;

  @ApiPropertyOptional({ description: 'Event type (docs/events.md)', example: 'TenderAwarded' })
  @IsOptional()
  @Matches(/^[A-Z][A-Za-z]{1,63}$/, {
    message: '$property must be an event type such as TenderAwarded',
  })
  type?: string;

  @ApiPropertyOptional({
    description: 'occurredAt from (inclusive)',
    example: '2026-03-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({
    description: 'occurredAt to (exclusive)',
    example: '2026-04-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export const STATE_KINDS = ['tender', 'contract', 'supplier', 'budget-line'] as const;
export type StateKind = (typeof STATE_KINDS)[number];

export class StateParams {
  @ApiProperty({ enum: STATE_KINDS, example: 'contract' })
  @IsIn(STATE_KINDS)
  kind!: StateKind;

  @ApiProperty({ format: 'uuid', example: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e' })
  @IsUUID('all')
  id!: string;
}

export class StateQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    description: 'Fold the events recorded at or before this instant (recordedAt)',
    example: '2026-03-15T12:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Fold the events at or before this global position',
    example: 1042,
    minimum: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  atPosition?: number;

  @ApiPropertyOptional({
    enum: ['full'],
    description:
      'full: fold every event of the stream from the first, without the snapshots of folded state that long streams are otherwise answered from (each verified against the chain hash of the event it ends at; docs/read-side.md)',
    example: 'full',
  })
  @IsOptional()
  @IsIn(['full'])
  verify?: 'full';
}

export class VerifyQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'First position to verify (default 1)',
    example: 1,
    minimum: 1,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  from?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Last position to verify (default: the head)',
    example: 5000,
    minimum: 1,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  to?: number;
}

export class SupplierParams {
  @ApiProperty({ format: 'uuid', example: '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e' })
  @IsUUID('all')
  supplierId!: string;
}

export class BlacklistAtQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    description: 'The instant asked about (default: now)',
    example: '2026-03-15T12:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  instant?: string;

  @ApiPropertyOptional({
    description:
      "Record time: answer as the register stood then, from the events the ledger recorded up to this instant (each event's recordedAt, not the decision times in it; default: as known now). A debarment corrected or annulled later still shows as it was known.",
    example: '2026-03-20T12:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  knownAt?: string;
}

export class BlacklistHistoryQuery extends CursorPageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this supplier' })
  @IsOptional()
  @IsUUID('all')
  supplierId?: string;
}

export class BudgetExecutionQuery extends CursorPageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Agency (a finance officer sees only its own; default: its own)',
  })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;

  @ApiPropertyOptional({ type: 'integer', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(9999)
  fiscalYear?: number;

  @ApiPropertyOptional({ example: 'elderly_care' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  category?: string;
}

export class BoardQuery extends CursorPageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;

  @ApiPropertyOptional({ example: 'elderly_care' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  serviceCategory?: string;
}

const SUPPLIER_SORTS = [
  'contractsWon',
  'contractsSigned',
  'milestonesLate',
  'acceptanceRateBps',
  'moneyReceivedMinor',
  'debarments',
] as const;
const AGENCY_SORTS = [
  'contractsSigned',
  'contractValueMinor',
  'singleBidTenders',
  'paymentsPaidLate',
] as const;

export class SupplierAccountabilityQuery extends CursorPageQuery {
  @ApiPropertyOptional({
    enum: SUPPLIER_SORTS,
    description: 'Sort column (descending); default: supplier id',
  })
  @IsOptional()
  @IsIn(SUPPLIER_SORTS)
  sort?: (typeof SUPPLIER_SORTS)[number];

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Only suppliers with at least this many contracts signed',
    example: 1,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minContracts?: number;
}

export class AgencyAccountabilityQuery extends CursorPageQuery {
  @ApiPropertyOptional({
    enum: AGENCY_SORTS,
    description: 'Sort column (descending); default: agency id',
  })
  @IsOptional()
  @IsIn(AGENCY_SORTS)
  sort?: (typeof AGENCY_SORTS)[number];

  @ApiPropertyOptional({
    description: 'Instant overdue milestones and late payments are judged at (default: now)',
    example: '2026-06-30T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  at?: string;
}

export class AtQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    description: 'Instant overdue milestones and late payments are judged at (default: now)',
    example: '2026-06-30T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  at?: string;
}

export const CONTRACT_STATUSES = ['active', 'suspended', 'completed', 'terminated'] as const;

export class ContractAccountabilityQuery extends CursorPageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  supplierId?: string;

  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: (typeof CONTRACT_STATUSES)[number];

  @ApiPropertyOptional({
    description: 'Only contracts with an unevaluated milestone due before this instant',
    example: '2026-06-30T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  overdueAt?: string;
}

export class RedFlagsQuery extends CursorPageQuery {
  @ApiPropertyOptional({ description: 'Red flag code (docs/red-flags.md)', example: 'SINGLE_BID' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, {
    message: '$property must be a red flag code (docs/red-flags.md)',
  })
  code?: string;

  @ApiPropertyOptional({
    description:
      'The entity flagged, as <kind>:<id> with kind tender, contract, milestone or supplier',
    example: 'tender:0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e',
  })
  @IsOptional()
  @Matches(/^(tender|contract|milestone|supplier):[0-9a-fA-F-]{36}$/, {
    message: '$property must be <tender|contract|milestone|supplier>:<uuid>',
  })
  entity?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  supplierId?: string;

  @ApiPropertyOptional({
    description: 'raisedAt from (inclusive)',
    example: '2026-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'raisedAt to (exclusive)', example: '2027-01-01T00:00:00Z' })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class OcdsReleasesQuery extends CursorPageQuery {
  @ApiPropertyOptional({
    type: 'integer',
    description:
      'Only releases of events after this global log position (exclusive): keep the last `position` you applied and ask again from it',
    example: 1042,
    minimum: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sincePosition?: number;

  @ApiPropertyOptional({
    description: 'Release date from (inclusive)',
    example: '2026-03-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({
    description: 'Release date to (exclusive)',
    example: '2026-04-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export const OCDS_BULK_FORMATS = ['json', 'jsonl'] as const;

export class OcdsBulkQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    enum: OCDS_BULK_FORMATS,
    default: 'json',
    description: '`json`: one release package; `jsonl`: one release per line (JSON Lines)',
  })
  @IsOptional()
  @IsIn(OCDS_BULK_FORMATS)
  format?: (typeof OCDS_BULK_FORMATS)[number];

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Only releases of events after this global log position (exclusive)',
    example: 0,
    minimum: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  sincePosition?: number;
}
