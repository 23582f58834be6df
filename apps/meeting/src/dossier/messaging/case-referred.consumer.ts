import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseReferred, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordReferralCommand } from '../commands/record-referral/record-referral.command';

/** A referral from the job centre opens the case's dossier. */
@Injectable()
export class CaseReferredConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(CaseReferred)
  async handle(event: EnvelopeOf<typeof CaseReferred>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordReferralCommand({
        caseId: payload.caseId,
        personId: payload.personId,
        municipality: event.municipality,
        caseType: payload.caseType,
        requiredDepartments: payload.requiredDepartments,
        requiredMembers: payload.requiredMembers ?? null,
        referredAt: new Date(payload.referredAt),
      }),
    );
  }
}
