import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { addMonths, MONTHS_TO_FIRST_ACTIVITY } from '../../domain/rehabilitation-case.aggregate';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { RePresentOverdueCasesCommand } from './re-present-overdue-cases.command';

/**
 * One short transaction per case, so one case's failure does not hold back the others. Two
 * checkers racing on one case meet the version column: the loser skips it.
 */
@CommandHandler(RePresentOverdueCasesCommand)
export class RePresentOverdueCasesHandler implements ICommandHandler<RePresentOverdueCasesCommand, string[]> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly cases: RehabilitationCaseRepository,
  ) {}

  async execute(command: RePresentOverdueCasesCommand): Promise<string[]> {
    const decidedBefore = addMonths(command.now, -MONTHS_TO_FIRST_ACTIVITY);
    // A day of slack: the month arithmetic in the aggregate has the last word.
    const candidates = await this.cases.idsAwaitingFirstActivity(new Date(decidedBefore.getTime() + 86_400_000));
    const rePresented: string[] = [];
    for (const caseId of candidates) {
      try {
        const done = await this.transactions.run(async () => {
          const rehabilitationCase = await this.cases.get(caseId);
          if (!rehabilitationCase.rePresentForMissingActivity(command.now)) return false;
          await this.cases.save(rehabilitationCase);
          return true;
        });
        if (done) rePresented.push(caseId);
      } catch (error) {
        if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
      }
    }
    return rePresented;
  }
}
