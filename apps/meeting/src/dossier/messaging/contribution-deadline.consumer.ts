import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  CompanyConsultantContributionDeadlineSet,
  type Department,
  type EnvelopeOf,
  HealthCoordinatorContributionDeadlineSet,
  SocialPsychiatryContributionDeadlineSet,
} from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordContributionDeadlineCommand } from '../commands/record-contribution-deadline/record-contribution-deadline.command';

type DeadlineSetEnvelope = EnvelopeOf<typeof HealthCoordinatorContributionDeadlineSet>;

/** Each department announces its contribution deadline on its own topic; the dossier shows them side by side. */
@Injectable()
export class ContributionDeadlineConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(HealthCoordinatorContributionDeadlineSet)
  async healthCoordinator(event: EnvelopeOf<typeof HealthCoordinatorContributionDeadlineSet>): Promise<void> {
    await this.record(event, 'health-coordinator');
  }

  @HandleEvent(SocialPsychiatryContributionDeadlineSet)
  async socialPsychiatry(event: EnvelopeOf<typeof SocialPsychiatryContributionDeadlineSet>): Promise<void> {
    await this.record(event, 'social-psychiatry');
  }

  @HandleEvent(CompanyConsultantContributionDeadlineSet)
  async companyConsultant(event: EnvelopeOf<typeof CompanyConsultantContributionDeadlineSet>): Promise<void> {
    await this.record(event, 'company-consultant');
  }

  private async record(event: DeadlineSetEnvelope, department: Department): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordContributionDeadlineCommand({
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
