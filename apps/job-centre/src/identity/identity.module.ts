import { Module } from '@nestjs/common';
import { PersonIdentitiesController } from './http/person-identities.controller';
import { CprVault } from './infrastructure/cpr-vault';
import { PersonPseudonymsRepository } from './infrastructure/person-pseudonyms.repository';

/** The only place CPR numbers are kept: mapped to pseudonymous person ids. */
@Module({
  controllers: [PersonIdentitiesController],
  providers: [CprVault, PersonPseudonymsRepository],
  exports: [PersonPseudonymsRepository],
})
export class IdentityModule {}
