import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MEMBER_ROLES, type MemberRole } from '../domain/meeting.aggregate';

export class MemberAttendanceDto {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES, { message: `role must be one of: ${MEMBER_ROLES.join(', ')}` })
  role!: MemberRole;

  @ApiProperty({ example: 'health-7', description: 'Staff id of the member' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  staffId!: string;

  @ApiProperty()
  @IsBoolean()
  present!: boolean;
}

/** Who attends the meeting in which role; quorum is read from it. */
export class RecordAttendanceDto {
  @ApiProperty({ type: MemberAttendanceDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MemberAttendanceDto)
  members!: MemberAttendanceDto[];
}
