import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AMENDMENT_RATIONALES,
  DISBURSEMENT_KINDS,
  TERMINATION_REASONS,
  VERDICTS,
} from '@contract-ledger/domain';
import type {
  AmendmentRationale,
  DisbursementKind,
  TerminationReason,
  Verdict,
} from '@contract-ledger/domain';
import { CommandResultDto, IsInstant, MoneyDto, NestedArray, NestedObject } from '../common/dto';
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
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const INDICATOR_ID = /^[A-Za-z0-9_.-]+$/;

export class IndicatorDto {
  @ApiProperty({
    description: 'Short code, unique in the milestone; delivery reports refer to it',
    example: 'visits',
  })
  @IsString()
  @Length(1, 64)
  @Matches(INDICATOR_ID, { message: 'indicatorId may hold letters, digits and _.-' })
  indicatorId!: string;

  @ApiProperty({ example: 'Home visits made' })
  @IsString()
  @Length(1, 500)
  description!: string;

  @ApiProperty({ example: '>= 400' })
  @IsString()
  @Length(1, 200)
  target!: string;
}

export class MilestoneDto {
  @ApiProperty({
    description: 'Chosen by the client (UUID); later routes address the milestone by it',
    example: '0190b000-0000-7000-8000-000000000101',
  })
  @IsUUID()
  milestoneId!: string;

  @ApiProperty({ example: 'Home visits, first half-year' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ description: 'ISO-8601 UTC; after the signing', example: '2026-06-30T23:59:59Z' })
  @IsInstant()
  dueAt!: string;

  @ApiProperty({ type: MoneyDto })
  @NestedObject(() => MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({ type: [String], example: ['Visit log', 'Care plans for every enrolled elder'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  deliverables!: string[];

  @ApiProperty({ type: [IndicatorDto] })
  @NestedArray(() => IndicatorDto, { min: 1, max: 50 })
  indicators!: IndicatorDto[];
}

export class SignContractDto {
  @ApiProperty({
    description:
      'The awarded tender; award facts (supplier, amount, agency, budget line) are read from it',
    example: '0190b000-0000-7000-8000-000000000701',
  })
  @IsUUID()
  tenderId!: string;

  @ApiProperty({
    type: MoneyDto,
    description: 'At most the awarded amount; committed on the budget line',
  })
  @NestedObject(() => MoneyDto)
  value!: MoneyDto;

  @ApiProperty({
    description:
      'Advance payments allowed, percent of the value (0 = none), at most the policy cap',
    example: 20,
    minimum: 0,
    maximum: 100,
  })
  @IsInt()
  @Min(0)
  @Max(100)
  advanceCapPercent!: number;

  @ApiProperty({ type: [MilestoneDto], description: 'Amounts sum exactly to the value' })
  @NestedArray(() => MilestoneDto, { min: 1, max: 100 })
  milestones!: MilestoneDto[];
}

export class AmendContractDto {
  @ApiProperty({ enum: AMENDMENT_RATIONALES, example: 'scope_change' })
  @IsIn(AMENDMENT_RATIONALES)
  rationale!: AmendmentRationale;

  @ApiProperty({ example: 'Thirty more elders enrolled in the district' })
  @IsString()
  @Length(1, 2000)
  justification!: string;

  @ApiProperty({ type: MoneyDto })
  @NestedObject(() => MoneyDto)
  newValue!: MoneyDto;

  @ApiProperty({
    type: [MilestoneDto],
    description: 'The complete schedule after the amendment; sums to newValue',
  })
  @NestedArray(() => MilestoneDto, { min: 1, max: 100 })
  milestones!: MilestoneDto[];

  @ApiPropertyOptional({
    description:
      'Required when the cumulative raise passes the policy threshold: an approvalId from POST /contracts/{id}/amendment-approvals',
    example: '0190b000-0000-7000-8000-0000000000a9',
  })
  @IsOptional()
  @IsUUID()
  supervisorApprovalId?: string;
}

export class ApproveAmendmentDto {
  @ApiProperty({
    type: MoneyDto,
    description: 'The highest value an amendment citing this approval may set',
  })
  @NestedObject(() => MoneyDto)
  maxNewValue!: MoneyDto;

  @ApiProperty({ example: 'Enrolment doubled after the district merger; unit price unchanged' })
  @IsString()
  @Length(1, 2000)
  justification!: string;
}

/** Not AssignEvaluatorDto: that name is the tender panel's, and two classes of one name share one OpenAPI schema. */
export class AssignContractEvaluatorDto {
  @ApiProperty({
    description: "The evaluator's user id (its token's sub)",
    format: 'uuid',
    example: '0190b000-0000-7000-8000-0000000000e1',
  })
  @IsUUID()
  evaluatorId!: string;
}

export class IndicatorResultDto {
  @ApiProperty({ example: 'visits' })
  @IsString()
  @Length(1, 64)
  @Matches(INDICATOR_ID, { message: 'indicatorId may hold letters, digits and _.-' })
  indicatorId!: string;

  @ApiProperty({ description: 'As measured', example: '412' })
  @IsString()
  @Length(1, 200)
  value!: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  met!: boolean;
}

export class ReportDeliveryDto {
  @ApiProperty({
    type: [String],
    description: 'sha256:<64 hex> of each evidence file (the files stay outside the log)',
    example: [`sha256:${'a'.repeat(64)}`],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(DIGEST, {
    each: true,
    message: 'each evidence digest must be sha256:<64 lowercase hex>',
  })
  evidenceDigests!: string[];

  @ApiProperty({ type: [IndicatorResultDto], description: 'One per indicator of the milestone' })
  @NestedArray(() => IndicatorResultDto, { max: 50 })
  indicatorResults!: IndicatorResultDto[];
}

export class EvaluateMilestoneDto {
  @ApiProperty({ enum: VERDICTS, example: 'partially_accepted' })
  @IsIn(VERDICTS)
  verdict!: Verdict;

  @ApiProperty({
    description:
      'Basis points of the milestone amount accepted: 10000 accepted, 0 rejected, between for partial',
    example: 7500,
    minimum: 0,
    maximum: 10_000,
  })
  @IsInt()
  @Min(0)
  @Max(10_000)
  acceptedShareBps!: number;

  @ApiProperty({ description: 'Quality score 0..100', example: 78, minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;

  @ApiProperty({ example: 'Three quarters of the visits verified by sampling' })
  @IsString()
  @Length(0, 5000)
  comments!: string;
}

export class DisburseFundsDto {
  @ApiProperty({ enum: DISBURSEMENT_KINDS, example: 'milestone' })
  @IsIn(DISBURSEMENT_KINDS)
  kind!: DisbursementKind;

  @ApiPropertyOptional({
    description: 'Required for a milestone payment; absent for an advance',
    example: '0190b000-0000-7000-8000-000000000101',
  })
  @ValidateIf((o: DisburseFundsDto) => o.kind === 'milestone' || o.milestoneId !== undefined)
  @IsUUID()
  milestoneId?: string;

  @ApiProperty({
    type: MoneyDto,
    description: 'Within the accepted share not yet paid (or the advance cap)',
  })
  @NestedObject(() => MoneyDto)
  amount!: MoneyDto;
}

export class SuspendContractDto {
  @ApiProperty({ example: 'Safeguarding investigation at the day centre' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class TerminateContractDto {
  @ApiProperty({
    enum: TERMINATION_REASONS,
    example: 'for_default',
    description: 'for_default counts as a supplier failure',
  })
  @IsIn(TERMINATION_REASONS)
  reason!: TerminationReason;

  @ApiProperty({ example: 'Visits not made for two months despite two written warnings' })
  @IsString()
  @Length(1, 2000)
  explanation!: string;
}

export class ApprovalResponseDto extends CommandResultDto {
  @ApiProperty({
    description: 'Cite as supervisorApprovalId in the amendment',
    example: '0190b000-0000-7000-8000-0000000000a9',
  })
  approvalId!: string;
}

export class AmendmentResponseDto extends CommandResultDto {
  @ApiProperty({ example: '0190b000-0000-7000-8000-000000000201' })
  amendmentId!: string;
}

export class DisbursementResponseDto extends CommandResultDto {
  @ApiProperty({ example: '0190b000-0000-7000-8000-000000000301' })
  disbursementId!: string;
}
