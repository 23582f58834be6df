import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import type { ResourceProgrammeExtension } from '../../domain/rehabilitation-case.aggregate';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { ExtendResourceProgrammeCommand } from './extend-resource-programme.command';

@CommandHandler(ExtendResourceProgrammeCommand)
export class ExtendResourceProgrammeHandler implements ICommandHandler<
  ExtendResourceProgrammeCommand,
  ResourceProgrammeExtension
> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly cases: RehabilitationCaseRepository,
  ) {}

  async execute(command: ExtendResourceProgrammeCommand): Promise<ResourceProgrammeExtension> {
    return this.transactions.run(async () => {
      const rehabilitationCase = await this.cases.get(command.caseId);
      const extension = rehabilitationCase.extendWithoutMeeting({
        nothingNew: command.nothingNew,
        reason: command.reason,
        decisionMakerId: command.decisionMakerId,
        extendedUntil: command.extendedUntil,
        recordedBy: command.recordedBy,
        now: new Date(),
      });
      await this.cases.save(rehabilitationCase);
      return extension;
    });
  }
}
