import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/** Why the team goes ahead without the GP certificate (LÆ 265). */
export class RecordGpCertificateAbsenceDto {
  @ApiProperty({ example: 'Egen læge har ikke svaret trods rykker; helbredet er dokumenteret af sundhedskoordinator.' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(2_000)
  reason!: string;

  @ApiProperty({ example: 'cw-17', description: 'Staff id of who records it' })
  @IsString()
  @Matches(/\S/, { message: 'recordedBy must not be blank' })
  @MaxLength(100)
  recordedBy!: string;
}
