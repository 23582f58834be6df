import { Command } from '@nestjs/cqrs';
import type { Department } from '@rehab/contracts';

export interface OverdueContribution {
  department: Department;
  contributionId: string;
  meetingId: string;
  caseId: string;
  municipality: string;
  deadline: Date;
}

export class RecordOverdueContributionCommand extends Command<void> {
  constructor(readonly overdue: OverdueContribution) {
    super();
  }
}
