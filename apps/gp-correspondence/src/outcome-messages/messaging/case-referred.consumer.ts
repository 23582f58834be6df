import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseReferred, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RememberReferralCommand } from '../commands/remember-referral/remember-referral.command';

/** The referral names the citizen (pseudonymously) and their GP: the message's recipient. */
@Injectable()
export class CaseReferredConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(CaseReferred)
  async handle(event: EnvelopeOf<typeof CaseReferred>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RememberReferralCommand({
        caseId: payload.caseId,
        personId: payload.personId,
        caseType: payload.caseType,
        municipality: event.municipality,
        gpSorCode: payload.generalPractitioner.sorCode,
        gpName: payload.generalPractitioner.name,
        referredAt: new Date(payload.referredAt),
      }),
    );
  }
}
