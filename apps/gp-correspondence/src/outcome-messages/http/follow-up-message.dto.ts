import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class FollowUpMessageDto {
  @ApiProperty({ enum: ['modified-message', 'retract-message', 'forward-message'] })
  @IsIn(['modified-message', 'retract-message', 'forward-message'], {
    message: 'activity must be one of: modified-message, retract-message, forward-message',
  })
  activity!: 'modified-message' | 'retract-message' | 'forward-message';

  @ApiProperty({ description: 'The corrected text, why the message is retracted, or a note to the new recipient' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text!: string;

  @ApiPropertyOptional({ description: 'For a forward: the SOR code of the organisation it goes to' })
  @IsOptional()
  @Matches(/^\d{6,18}$/, { message: 'forwardToSorCode must be a SOR code (6 to 18 digits)' })
  forwardToSorCode?: string;

  @ApiPropertyOptional({ description: 'Send the same id again to make a retried request harmless' })
  @IsOptional()
  @IsUUID(undefined, { message: 'requestId must be a UUID' })
  requestId?: string;
}
