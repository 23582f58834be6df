import { Injectable } from '@nestjs/common';
import { ConsentRecorded, ConsentWithdrawn, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { CaseConsentView } from '@rehab/platform';

/** Keeps the consent view that decides what of the dossier a department member may see. */
@Injectable()
export class DossierConsentEventsConsumer {
  constructor(private readonly consents: CaseConsentView) {}

  @HandleEvent(ConsentRecorded)
  async recorded({ payload }: EnvelopeOf<typeof ConsentRecorded>): Promise<void> {
    await this.consents.recordGiven({ ...payload, givenAt: new Date(payload.givenAt) });
  }

  @HandleEvent(ConsentWithdrawn)
  async withdrawn({ payload }: EnvelopeOf<typeof ConsentWithdrawn>): Promise<void> {
    await this.consents.recordWithdrawn({ ...payload, withdrawnAt: new Date(payload.withdrawnAt) });
  }
}
