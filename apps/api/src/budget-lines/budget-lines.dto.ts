import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { MoneyDto, NestedObject } from '../common/dto';

const UUID_EXAMPLE = '0190f5a2-7c1e-7b3a-9d2e-5f1a2b3c4d5e';

export class OpenBudgetLineDto {
  @ApiPropertyOptional({
    description: 'Generated (UUIDv7) when absent',
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  budgetLineId?: string;

  @ApiPropertyOptional({
    description: "Defaults to the finance officer's agency; any other agency is refused",
    format: 'uuid',
    example: UUID_EXAMPLE,
  })
  @IsOptional()
  @IsUUID('all')
  agencyId?: string;

  @ApiProperty({ minimum: 1900, maximum: 9999, example: 2026 })
  @IsInt()
  @Min(1900)
  @Max(9999)
  fiscalYear!: number;

  @ApiProperty({
    description: 'Service category the line pays for',
    example: 'elderly_care',
    maxLength: 100,
  })
  @IsString()
  @Length(1, 100)
  category!: string;

  @ApiProperty({
    type: MoneyDto,
    description: 'The approved allocation (more than zero)',
    example: { amountMinor: 500_000_000, currency: 'CNY' },
  })
  @NestedObject(() => MoneyDto)
  amount!: MoneyDto;
}

export class AdjustBudgetLineDto {
  @ApiProperty({
    type: MoneyDto,
    description: 'The new allocation (not a difference); never below reserved + committed',
    example: { amountMinor: 600_000_000, currency: 'CNY' },
  })
  @NestedObject(() => MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({
    example: 'Mid-year supplementary budget approved by the people’s congress',
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}
