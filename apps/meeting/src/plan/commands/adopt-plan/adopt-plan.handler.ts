import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { MeetingRepository } from '../../../meeting/infrastructure/meeting.repository';
import { JointPlan, planBasisOf } from '../../domain/joint-plan.aggregate';
import { JointPlanRepository } from '../../infrastructure/joint-plan.repository';
import { AdoptPlanCommand } from './adopt-plan.command';

@CommandHandler(AdoptPlanCommand)
export class AdoptPlanHandler implements ICommandHandler<AdoptPlanCommand, { planId: string; version: number }> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly meetings: MeetingRepository,
    private readonly plans: JointPlanRepository,
  ) {}

  async execute(command: AdoptPlanCommand): Promise<{ planId: string; version: number }> {
    return this.transactions.run(async () => {
      const meeting = await this.meetings.get(command.meetingId);
      const { municipality } = meeting.snapshot();
      const item = meeting.findItem(command.caseId);
      const basis = planBasisOf({ id: meeting.id, municipality }, item);
      const now = new Date();
      const existing = await this.plans.findByCase(command.caseId);
      const plan =
        existing ?? JointPlan.adopt({ caseId: command.caseId, personId: item!.personId }, basis, command.draft, now);
      if (existing) existing.revise(basis, command.draft, now);
      await this.plans.save(plan);
      return { planId: plan.planId, version: plan.version };
    });
  }
}
