import { Injectable } from '@nestjs/common';
import type { Department } from '@rehab/contracts';
import { TransactionRunner } from '@rehab/messaging';

/** A department's contribution it announced overdue for the meeting, with its own deadline. */
export interface OverdueForMeeting {
  department: Department;
  deadline: Date;
}

/** The meeting a case waits on, as far as its dossier needs to show it. */
export interface DossierSchedule {
  meetingId: string;
  startsAt: Date;
  overdue: OverdueForMeeting[];
}

/**
 * Reads the meeting service's own agenda and the overdue announcements it consumed, for one
 * case of one municipality. The deadlines themselves are the departments' rule; only what they
 * announced is shown here.
 */
@Injectable()
export class DossierScheduleRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** The meeting the case is on and not yet decided at, or null when it waits for scheduling. */
  async scheduleOf(caseId: string, municipality: string): Promise<DossierSchedule | null> {
    const [meeting] = await this.query<{ id: string; starts_at: Date }>(
      `SELECT m.id, m.starts_at
         FROM $schema.agenda_item i
         JOIN $schema.meeting m ON m.id = i.meeting_id
        WHERE i.case_id = $1 AND m.municipality = $2 AND i.status <> 'decided'
        ORDER BY m.starts_at DESC
        LIMIT 1`,
      [caseId, municipality],
    );
    if (!meeting) return null;
    const overdue = await this.query<{ department: string; deadline: Date }>(
      `SELECT department, min(deadline) AS deadline
         FROM $schema.overdue_contribution
        WHERE case_id = $1 AND meeting_id = $2 AND municipality = $3
        GROUP BY department`,
      [caseId, meeting.id, municipality],
    );
    return {
      meetingId: meeting.id,
      startsAt: new Date(meeting.starts_at),
      overdue: overdue.map((row) => ({ department: row.department as Department, deadline: new Date(row.deadline) })),
    };
  }

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const schema = (this.transactions.dataSource.options as { schema: string }).schema;
    return this.transactions.dataSource.query<T[]>(sql.replaceAll('$schema', `"${schema}"`), parameters);
  }
}
