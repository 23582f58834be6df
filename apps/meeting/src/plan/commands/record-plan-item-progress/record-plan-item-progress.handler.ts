import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { JointPlanRepository } from '../../infrastructure/joint-plan.repository';
import { RecordPlanItemProgressCommand } from './record-plan-item-progress.command';

/**
 * Keeps a department's report on a plan item. It is kept even when the plan or item is not known
 * here (yet), and an older report is kept in the history without counting as the latest: the
 * plan view reads the reports against the plan, so the order of arrival does not matter.
 */
@CommandHandler(RecordPlanItemProgressCommand)
export class RecordPlanItemProgressHandler implements ICommandHandler<RecordPlanItemProgressCommand, void> {
  constructor(private readonly plans: JointPlanRepository) {}

  async execute(command: RecordPlanItemProgressCommand): Promise<void> {
    await this.plans.recordProgress({ ...command.progress, receivedAt: new Date() }, command.municipality);
  }
}
