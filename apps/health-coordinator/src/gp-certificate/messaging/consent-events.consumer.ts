import { Injectable } from '@nestjs/common';
import { ConsentRecorded, ConsentWithdrawn, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { CaseConsentView } from '@rehab/platform';

/**
 * Keeps the consent view the certificate request is checked against. It only records, in the
 * consumer's transaction: a consent changes no request already made (the GP correspondence
 * service holds the message itself when the consent is withdrawn before it goes).
 */
@Injectable()
export class ConsentEventsConsumer {
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
