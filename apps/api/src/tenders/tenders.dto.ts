import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMPLAINT_DECISIONS,
  COMPLAINT_REMEDIES,
  COMPLAINT_SUBJECTS,
  PROCUREMENT_METHODS,
  RATINGS,
  SUPPLIER_KINDS,
  TENDER_CONTRACT_TYPES,
  TENDER_PAYMENT_MODELS,
  type ComplaintDecision,
  type ComplaintRemedy,
  type ComplaintSubject,
  type ProcurementMethod,
  type Rating,
  type SupplierKind,
  type TenderContractType,
  type TenderPaymentModel,
} from '@contract-ledger/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsInstant, MoneyDto, NestedArray, NestedObject } from '../common/dto';

const UUID_EXAMPLE = '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e';
const CRITERION_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export class CriterionDto {
  @ApiProperty({
    description: 'Short code, unique in the tender',
    example: 'quality',
    pattern: CRITERION_ID.source,
  })
  @Matches(CRITERION_ID, { message: '$property must be 1-64 letters, digits, _ . or -' })
  criterionId!: string;

  @ApiProperty({ example: 'Service quality plan', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    description: 'Whole percent; published weights sum to 100',
    minimum: 1,
    maximum: 100,
    example: 60,
  })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

export class EligibilityDto {
  @ApiProperty({
    enum: RATINGS,
    nullable: true,
    example: '3A',
    description: 'Lowest rating that may bid; null for none',
  })
  @ValidateIf((o: EligibilityDto) => o.minRating !== null)
  @IsIn(RATINGS)
  minRating!: Rating | null;

  @ApiProperty({
    enum: SUPPLIER_KINDS,
    isArray: true,
    example: ['social_organisation'],
    description: 'Empty: every kind',
  })
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(SUPPLIER_KINDS, { each: true })
  supplierKinds!: SupplierKind[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: [],
    description: 'Empty for open tenders; the invited suppliers otherwise',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  invitedSupplierIds!: string[];
}

export class DirectCommissionDto {
  @ApiProperty({
    format: 'uuid',
    example: UUID_EXAMPLE,
    description: 'The commissioned supplier; its rating is read from the ledger, not sent',
  })
  @IsUUID('all')
  supplierId!: string;

  @ApiProperty({
    example: 'Sole 4A-rated provider of dementia care in the district',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  justification!: string;
}

/** The terms an amendment may change; every field optional. */
export class TenderChangesDto {
  @ApiPropertyOptional({
    example: 'Home care for elderly residents of Chaoyang, 2026-2027',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string;

  @ApiPropertyOptional({ example: 'elderly_care', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  serviceCategory?: string;

  @ApiPropertyOptional({ type: MoneyDto, example: { amountMinor: 120_000_000, currency: 'CNY' } })
  @IsOptional()
  @NestedObject(() => MoneyDto)
  estimatedValue?: MoneyDto;

  @ApiPropertyOptional({ type: [CriterionDto] })
  @IsOptional()
  @NestedArray(() => CriterionDto, { min: 1, max: 20 })
  criteria?: CriterionDto[];

  @ApiPropertyOptional({ type: EligibilityDto })
  @IsOptional()
  @NestedObject(() => EligibilityDto)
  eligibility?: EligibilityDto;

  @ApiPropertyOptional({ enum: TENDER_CONTRACT_TYPES, example: 'short_term_project' })
  @IsOptional()
  @IsIn(TENDER_CONTRACT_TYPES)
  contractType?: TenderContractType;

  @ApiPropertyOptional({ enum: TENDER_PAYMENT_MODELS, example: 'outcome_based' })
  @IsOptional()
  @IsIn(TENDER_PAYMENT_MODELS)
  paymentModel?: TenderPaymentModel;
}

export class DraftTenderDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  tenderId?: string;

  @ApiPropertyOptional({
    description: "Defaults to the officer's agency; any other agency is refused",
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;

  @ApiProperty({
    description: "A line of the same agency, in the estimate's currency",
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsUUID('all')
  budgetLineId!: string;

  @ApiProperty({ enum: PROCUREMENT_METHODS, example: 'open' })
  @IsIn(PROCUREMENT_METHODS)
  method!: ProcurementMethod;

  @ApiProperty({
    example: 'Home care for elderly residents of Chaoyang, 2026-2027',
    maxLength: 300,
  })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({ example: 'elderly_care', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  serviceCategory!: string;

  @ApiProperty({ type: MoneyDto, example: { amountMinor: 120_000_000, currency: 'CNY' } })
  @NestedObject(() => MoneyDto)
  estimatedValue!: MoneyDto;

  @ApiProperty({
    type: [CriterionDto],
    example: [
      { criterionId: 'price', name: 'Price', weight: 40 },
      { criterionId: 'quality', name: 'Service quality plan', weight: 60 },
    ],
  })
  @NestedArray(() => CriterionDto, { min: 1, max: 20 })
  criteria!: CriterionDto[];

  @ApiProperty({
    type: EligibilityDto,
    example: { minRating: '3A', supplierKinds: ['social_organisation'], invitedSupplierIds: [] },
  })
  @NestedObject(() => EligibilityDto)
  eligibility!: EligibilityDto;

  @ApiProperty({ enum: TENDER_CONTRACT_TYPES, example: 'short_term_project' })
  @IsIn(TENDER_CONTRACT_TYPES)
  contractType!: TenderContractType;

  @ApiProperty({ enum: TENDER_PAYMENT_MODELS, example: 'outcome_based' })
  @IsIn(TENDER_PAYMENT_MODELS)
  paymentModel!: TenderPaymentModel;

  @ApiPropertyOptional({
    type: DirectCommissionDto,
    nullable: true,
    description: 'Only for method direct_commission',
  })
  @IsOptional()
  @NestedObject(() => DirectCommissionDto)
  directCommission?: DirectCommissionDto | null;
}

export class AmendTenderDto {
  @ApiProperty({
    type: TenderChangesDto,
    example: { estimatedValue: { amountMinor: 130_000_000, currency: 'CNY' } },
  })
  @NestedObject(() => TenderChangesDto)
  changes!: TenderChangesDto;

  @ApiPropertyOptional({
    description: 'New deadline (published tenders only)',
    example: '2026-04-15T09:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  deadline?: string;

  @ApiProperty({ example: 'Estimate revised after the market consultation', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  reason!: string;

  @ApiPropertyOptional({
    description:
      'The upheld complaint (remedy amend_conditions) this amendment answers: bids are opened only once each such complaint is answered by an amendment naming it',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  complaintId?: string;
}

export class PublishTenderDto {
  @ApiProperty({
    description: 'Submission deadline; at least the policy minimum period for the method from now',
    example: '2026-04-01T09:00:00Z',
  })
  @IsInstant()
  deadline!: string;
}

export class ReasonDto {
  @ApiProperty({
    example: 'The service is no longer needed after the district merger',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

export class AssignEvaluatorDto {
  @ApiProperty({
    description: "The evaluator's user id (its token subject)",
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsUUID('all')
  evaluatorId!: string;
}

export class SubmitBidDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  bidId?: string;

  @ApiProperty({
    type: MoneyDto,
    description: "More than zero, in the tender's currency",
    example: { amountMinor: 110_000_000, currency: 'CNY' },
  })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  price!: MoneyDto;

  @ApiProperty({
    description: 'SHA-256 of the proposal document, 64 lowercase hex digits',
    example: 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778',
  })
  @Matches(/^[0-9a-f]{64}$/, {
    message: '$property must be a SHA-256 digest of 64 lowercase hex digits',
  })
  proposalDigest!: string;
}

export class DeclareConflictDto {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  supplierId!: string;

  @ApiProperty({
    example: 'I served on the board of this organisation until 2025',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  description!: string;
}

export class CriterionScoreDto {
  @ApiProperty({ example: 'quality', pattern: CRITERION_ID.source })
  @Matches(CRITERION_ID, { message: '$property must be 1-64 letters, digits, _ . or -' })
  criterionId!: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 85 })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;
}

export class ScoreBidDto {
  @ApiProperty({
    type: [CriterionScoreDto],
    example: [
      { criterionId: 'price', score: 80 },
      { criterionId: 'quality', score: 90 },
    ],
  })
  @NestedArray(() => CriterionScoreDto, { min: 1, max: 20 })
  scores!: CriterionScoreDto[];
}

export class AwardTenderDto {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  bidId!: string;

  @ApiPropertyOptional({
    description: 'Required when the bid is not the best weighted score',
    example: 'The best-scored bidder cannot staff the night shifts the contract requires',
    maxLength: 4000,
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  rationale?: string | null;
}

export class BidParams {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  id!: string;

  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  bidId!: string;
}

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export class FileComplaintDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  complaintId?: string;

  @ApiProperty({
    enum: COMPLAINT_SUBJECTS,
    example: 'award',
    description: 'The award decision, or the tender conditions',
  })
  @IsIn(COMPLAINT_SUBJECTS)
  subject!: ComplaintSubject;

  @ApiProperty({
    example: 'The awarded price is abnormally low and was not explained',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  grounds!: string;

  @ApiProperty({
    description:
      'SHA-256 of each supporting document (64 lowercase hex); the documents stay outside the ledger',
    type: [String],
    maxItems: 20,
    example: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[0-9a-f]{64}$/, {
    each: true,
    message: 'each of $property must be a SHA-256 digest of 64 lowercase hex digits',
  })
  documentDigests!: string[];
}

export class DecideComplaintDto {
  @ApiProperty({ enum: COMPLAINT_DECISIONS, example: 'upheld' })
  @IsIn(COMPLAINT_DECISIONS)
  decision!: ComplaintDecision;

  @ApiPropertyOptional({
    enum: COMPLAINT_REMEDIES,
    example: 'reopen_evaluation',
    nullable: true,
    description:
      'Required when upheld: reopen_evaluation cancels the award, cancel_tender cancels the tender; absent when dismissed',
  })
  @IsOptional()
  @IsIn(COMPLAINT_REMEDIES)
  remedy?: ComplaintRemedy | null;

  @ApiProperty({ example: 'The awarded price is explained in the proposal', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  rationale!: string;
}

export class ComplaintParams {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  id!: string;

  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  complaintId!: string;
}

export class AskQuestionDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  questionId?: string;

  @ApiProperty({ example: 'May two organisations bid together as a consortium?', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  question!: string;
}

export class AnswerQuestionDto {
  @ApiProperty({ example: 'Yes, as a consortium led by one of them', maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  answer!: string;

  @ApiPropertyOptional({
    type: TenderChangesDto,
    description:
      'When the answer changes the conditions: the amendment it makes (AmendTender rules: a material change voids the bids, late it extends the deadline)',
    example: { eligibility: { minRating: '2A', supplierKinds: [], invitedSupplierIds: [] } },
  })
  @IsOptional()
  @NestedObject(() => TenderChangesDto)
  changes?: TenderChangesDto;

  @ApiPropertyOptional({
    description: 'New deadline with the amendment',
    example: '2026-04-15T09:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  deadline?: string;
}

export class QuestionParams {
  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  id!: string;

  @ApiProperty({ format: 'uuid', example: UUID_EXAMPLE })
  @IsUUID('all')
  questionId!: string;
}
