import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** A decision not taken at the meeting: who owes it, and by when. */
export class RecordPendingDecisionDto {
  @ApiProperty({ example: 'pension-unit-2', description: 'Staff id of who must decide' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  owner!: string;

  @ApiProperty({ example: '2026-12-01', description: 'The date the decision is due, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'dueDate must be a valid date' })
  dueDate!: string;
}
