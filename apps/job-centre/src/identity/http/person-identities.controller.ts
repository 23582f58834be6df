import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PersonPseudonymsRepository } from '../infrastructure/person-pseudonyms.repository';
import { AllowRoles, Audited } from '@rehab/platform';

export class ResolvePersonDto {
  @ApiProperty({ description: 'Pseudonymous person id' })
  @IsUUID()
  personId!: string;
}

export class ResolvedPersonDto {
  @ApiProperty() personId!: string;
  @ApiProperty({ description: 'CPR number, in the body only' }) cpr!: string;
}

/**
 * For the GP correspondence service alone: a MedCom message must name the patient by CPR.
 * The pseudonym travels in the body of a POST, so no CPR or id shows in a URL, and the CPR
 * comes back in the body only.
 */
@ApiTags('internal')
@Controller('internal/person-identities')
export class PersonIdentitiesController {
  constructor(private readonly persons: PersonPseudonymsRepository) {}

  @Post('resolve')
  @AllowRoles('service')
  @Audited({ action: 'resolve-cpr', purpose: 'addressing the GP message the MedCom standard requires' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve a pseudonymous person id to the CPR number (GP correspondence only)' })
  @ApiOkResponse({ type: ResolvedPersonDto })
  async resolve(@Body() body: ResolvePersonDto): Promise<ResolvedPersonDto> {
    const cpr = await this.persons.cprOf(body.personId);
    return { personId: body.personId, cpr: cpr.digits };
  }
}
