import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPARTMENTS, type Department } from '@rehab/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class PlanItemDto {
  @ApiPropertyOptional({ description: 'An item of the current version to keep (with its progress); new items omit it' })
  @IsOptional()
  @IsUUID('all', { message: 'itemId must be a UUID' })
  itemId?: string;

  @ApiProperty({ enum: DEPARTMENTS, description: 'The department that owns the activity' })
  @IsIn(DEPARTMENTS, { message: `department must be one of: ${DEPARTMENTS.join(', ')}` })
  department!: Department;

  @ApiProperty({ example: 'Virksomhedspraktik 10 timer om ugen i detailhandlen' })
  @IsString()
  @Matches(/\S/, { message: 'description must not be blank' })
  @MaxLength(20_000)
  description!: string;

  @ApiProperty({ example: 'company-1', description: 'Staff id of the owner' })
  @IsString()
  @Matches(/\S/, { message: 'ownerId must not be blank' })
  @MaxLength(100)
  ownerId!: string;

  @ApiProperty({ example: '2027-01-04', description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startsOn must be a valid date' })
  startsOn!: string;

  @ApiProperty({ example: '2027-03-31', description: 'YYYY-MM-DD, not before startsOn' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsOn must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'endsOn must be a valid date' })
  endsOn!: string;
}

/** The one plan (indsatsdel): an employment goal, and each department's activities with an owner and dates. */
export class AdoptPlanDto {
  @ApiProperty({ example: 'Ordinært job i detailhandlen på 25 timer om ugen' })
  @IsString()
  @Matches(/\S/, { message: 'employmentGoal must not be blank' })
  @MaxLength(20_000)
  employmentGoal!: string;

  @ApiProperty({ type: PlanItemDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must contain at least one item' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PlanItemDto)
  items!: PlanItemDto[];

  @ApiProperty({ example: 'chair-1', description: 'Staff id of who adopted it for the team' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  adoptedBy!: string;
}
