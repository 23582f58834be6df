import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseReferred, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { OpenContributionTaskCommand } from '../commands/open-contribution-task/open-contribution-task.command';

/** A referral that asks for this department's contribution opens a task in its work queue. */
@Injectable()
export class CaseReferredConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(CaseReferred)
  async handle(event: EnvelopeOf<typeof CaseReferred>): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new OpenContributionTaskCommand(
        payload.caseId,
        payload.personId,
        event.municipality,
        payload.caseType,
        payload.requiredDepartments,
      ),
    );
  }
}
