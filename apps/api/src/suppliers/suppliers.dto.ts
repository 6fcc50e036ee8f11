import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SUPPLIER_KINDS,
  type PerformanceNoticeKind,
  type SupplierKind,
} from '@contract-ledger/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsInstant } from '../common/dto';

const UUID_EXAMPLE = '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e';
const NOTICE_KINDS: readonly PerformanceNoticeKind[] = ['commendation', 'criticism'];

export class RegisterSupplierDto {
  @ApiPropertyOptional({
    description: "Defaults to the token's supplierId: a supplier registers itself",
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  supplierId?: string;

  @ApiProperty({ enum: SUPPLIER_KINDS, example: 'social_organisation' })
  @IsIn(SUPPLIER_KINDS)
  kind!: SupplierKind;

  @ApiProperty({ example: 'Sunshine Elderly Care Centre', minLength: 1, maxLength: 300 })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({
    description: 'Unified social credit code or registration number',
    example: '52110000MJ0123456X',
    minLength: 1,
    maxLength: 100,
  })
  @IsString()
  @Length(1, 100)
  registrationNumber!: string;
}

export class AssessQualificationDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 85 })
  @IsInt()
  @Min(0)
  @Max(100)
  governanceScore!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 78 })
  @IsInt()
  @Min(0)
  @Max(100)
  financeScore!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 92 })
  @IsInt()
  @Min(0)
  @Max(100)
  serviceQualityScore!: number;

  @ApiProperty({
    description: 'The third-party assessment body',
    example: 'Beijing Social Organisation Assessment Centre',
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  assessor!: string;

  @ApiProperty({ description: 'The rating holds until then', example: '2028-01-01T00:00:00Z' })
  @IsInstant()
  validUntil!: string;
}

export class ProposeDebarmentDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  proposalId?: string;

  @ApiProperty({ example: 'Three milestones rejected within one year', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  grounds!: string;

  @ApiProperty({
    description: 'Events that prove the grounds',
    type: [String],
    format: 'uuid',
    example: [UUID_EXAMPLE],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  evidenceEventIds!: string[];
}

export class DebarSupplierDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  debarmentId?: string;

  @ApiPropertyOptional({
    description: 'The proposal this decision answers',
    format: 'uuid',
    example: UUID_EXAMPLE,
    nullable: true,
  })
  @IsOptional()
  @IsUUID('all')
  proposalId?: string | null;

  @ApiProperty({
    example: 'Contract terminated for default; falsified delivery reports',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  grounds!: string;

  @ApiProperty({ description: 'Who decided', example: 'Municipal Finance Bureau', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  authority!: string;

  @ApiPropertyOptional({
    description: 'Defaults to now; never in the past',
    example: '2026-06-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({
    description: 'Omitted and not indefinite: the policy default length',
    example: '2029-06-01T00:00:00Z',
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((o: DebarSupplierDto) => o.until !== null)
  @IsInstant()
  until?: string | null;

  @ApiPropertyOptional({ description: 'Until lifted', example: false })
  @IsOptional()
  @IsBoolean()
  indefinite?: boolean;

  @ApiProperty({ type: [String], format: 'uuid', example: [UUID_EXAMPLE] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  evidenceEventIds!: string[];
}

export class LiftDebarmentDto {
  @ApiProperty({ example: 'Appeal upheld by the review board', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

export class PublishNoticeDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  noticeId?: string;

  @ApiProperty({ enum: NOTICE_KINDS, example: 'criticism' })
  @IsIn(NOTICE_KINDS)
  kind!: PerformanceNoticeKind;

  @ApiProperty({ example: 'Two of four milestones delivered late in 2026', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  summary!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', example: [UUID_EXAMPLE] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  relatedEventIds?: string[];
}

export class PlaceUnderMonitoringDto {
  @ApiProperty({ example: 'Criticised twice in one year', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  reason!: string;

  @ApiProperty({ example: '2027-06-01T00:00:00Z' })
  @IsInstant()
  until!: string;
}

export class DebarmentParams {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  id!: string;

  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  debarmentId!: string;
}

export class CorrectDebarmentDto {
  @ApiPropertyOptional({
    description: 'true: the debarment was entered in error and never applied (no period then)',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  annul?: boolean;

  @ApiPropertyOptional({
    description: 'The corrected start; never before the debarment was decided',
    example: '2026-06-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'The corrected end', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsInstant()
  until?: string;

  @ApiPropertyOptional({
    description: 'The corrected debarment lasts until lifted',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  indefinite?: boolean;

  @ApiProperty({ example: 'The decision says six months, not a year', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

export class EndMonitoringDto {
  @ApiProperty({ example: 'Six months of on-time deliveries', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  rationale!: string;
}
