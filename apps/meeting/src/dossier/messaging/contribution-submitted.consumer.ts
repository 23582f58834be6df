import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  type Department,
  type EnvelopeOf,
  type EventEnvelope,
  HealthAssessmentSubmitted,
  JobAssessmentSubmitted,
  PreparatoryPartSubmitted,
  SocialAssessmentSubmitted,
} from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordContributionCommand } from '../commands/record-contribution/record-contribution.command';

interface ContributionFields {
  caseId: string;
  contributionId: string;
  version: number;
  submittedBy: string;
  submittedAt: string;
}

/**
 * Every department's contribution lands in the case's dossier the same way; only the headings
 * of its content differ. They come from four topics, so they may arrive before the referral.
 */
@Injectable()
export class ContributionSubmittedConsumer {
  constructor(private readonly commands: CommandBus) {}

  /** The preparatory part of the plan (forberedende del) is the job centre's contribution. */
  @HandleEvent(PreparatoryPartSubmitted)
  async preparatoryPart(event: EnvelopeOf<typeof PreparatoryPartSubmitted>): Promise<void> {
    await this.record(event, 'job-centre', { ...event.payload.sections });
  }

  @HandleEvent(HealthAssessmentSubmitted)
  async healthAssessment(event: EnvelopeOf<typeof HealthAssessmentSubmitted>): Promise<void> {
    const { assessment, workImplications, treatmentOptions } = event.payload;
    await this.record(event, 'health-coordinator', { assessment, workImplications, treatmentOptions });
  }

  @HandleEvent(SocialAssessmentSubmitted)
  async socialAssessment(event: EnvelopeOf<typeof SocialAssessmentSubmitted>): Promise<void> {
    const { socialConditions, existingSupport, housing, abuseTreatment, psychiatricStatus } = event.payload;
    await this.record(event, 'social-psychiatry', {
      socialConditions,
      existingSupport,
      housing,
      abuseTreatment,
      psychiatricStatus,
    });
  }

  @HandleEvent(JobAssessmentSubmitted)
  async jobAssessment(event: EnvelopeOf<typeof JobAssessmentSubmitted>): Promise<void> {
    const { jobPossibilities, jobDemands } = event.payload;
    await this.record(event, 'company-consultant', { jobPossibilities, jobDemands });
  }

  private async record(
    event: Pick<EventEnvelope<ContributionFields>, 'payload' | 'subjectId' | 'municipality'>,
    department: Department,
    content: Record<string, string>,
  ): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordContributionCommand(
        { caseId: payload.caseId, personId: event.subjectId, municipality: event.municipality },
        {
          department,
          contributionId: payload.contributionId,
          version: payload.version,
          submittedBy: payload.submittedBy,
          submittedAt: new Date(payload.submittedAt),
          content,
        },
      ),
    );
  }
}
