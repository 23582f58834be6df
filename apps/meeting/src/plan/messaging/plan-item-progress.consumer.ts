import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  CompanyConsultantPlanItemProgressReported,
  type Department,
  type EnvelopeOf,
  HealthCoordinatorPlanItemProgressReported,
  JobCentrePlanItemProgressReported,
  SocialPsychiatryPlanItemProgressReported,
} from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { RecordPlanItemProgressCommand } from '../commands/record-plan-item-progress/record-plan-item-progress.command';

type ProgressEnvelope = EnvelopeOf<typeof JobCentrePlanItemProgressReported>;

/** Each department reports progress on its own plan items on its own topic; they all land the same way. */
@Injectable()
export class PlanItemProgressConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(JobCentrePlanItemProgressReported)
  async jobCentre(event: EnvelopeOf<typeof JobCentrePlanItemProgressReported>): Promise<void> {
    await this.record(event, 'job-centre');
  }

  @HandleEvent(HealthCoordinatorPlanItemProgressReported)
  async healthCoordinator(event: EnvelopeOf<typeof HealthCoordinatorPlanItemProgressReported>): Promise<void> {
    await this.record(event, 'health-coordinator');
  }

  @HandleEvent(SocialPsychiatryPlanItemProgressReported)
  async socialPsychiatry(event: EnvelopeOf<typeof SocialPsychiatryPlanItemProgressReported>): Promise<void> {
    await this.record(event, 'social-psychiatry');
  }

  @HandleEvent(CompanyConsultantPlanItemProgressReported)
  async companyConsultant(event: EnvelopeOf<typeof CompanyConsultantPlanItemProgressReported>): Promise<void> {
    await this.record(event, 'company-consultant');
  }

  private async record(event: ProgressEnvelope, department: Department): Promise<void> {
    const { payload } = event;
    await this.commands.execute(
      new RecordPlanItemProgressCommand(
        {
          reportId: event.eventId,
          caseId: payload.caseId,
          planId: payload.planId,
          itemId: payload.itemId,
          department,
          status: payload.status,
          note: payload.note ?? null,
          reportedBy: payload.reportedBy,
          reportedAt: new Date(payload.reportedAt),
        },
        event.municipality,
      ),
    );
  }
}
