import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  CompanyConsultantContributionOverdue,
  type Department,
  type EnvelopeOf,
  HealthCoordinatorContributionOverdue,
  SocialPsychiatryContributionOverdue,
} from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordOverdueContributionCommand } from '../commands/record-overdue-contribution/record-overdue-contribution.command';

type OverdueEnvelope = EnvelopeOf<typeof HealthCoordinatorContributionOverdue>;

/** Each department announces its overdue contributions on its own topic; all are counted the same way. */
@Injectable()
export class ContributionOverdueConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(HealthCoordinatorContributionOverdue)
  async healthCoordinator(event: EnvelopeOf<typeof HealthCoordinatorContributionOverdue>): Promise<void> {
    await this.record(event, 'health-coordinator');
  }

  @HandleEvent(SocialPsychiatryContributionOverdue)
  async socialPsychiatry(event: EnvelopeOf<typeof SocialPsychiatryContributionOverdue>): Promise<void> {
    await this.record(event, 'social-psychiatry');
  }

  @HandleEvent(CompanyConsultantContributionOverdue)
  async companyConsultant(event: EnvelopeOf<typeof CompanyConsultantContributionOverdue>): Promise<void> {
    await this.record(event, 'company-consultant');
  }

  private async record(event: OverdueEnvelope, department: Department): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordOverdueContributionCommand({
        department,
        contributionId: payload.contributionId,
        meetingId: payload.meetingId,
        caseId: payload.caseId,
        municipality: event.municipality,
        deadline: new Date(payload.deadline),
      }),
    );
  }
}
