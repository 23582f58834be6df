import { Injectable } from '@nestjs/common';
import type { Department } from '@rehab/contracts';
import { TransactionRunner } from '@rehab/messaging';
import type { AnnouncedDeadline, ContributionDeadlines } from '../domain/contribution-due-date';

/** The meeting a case waits on, as far as its dossier needs to show it. */
export interface DossierSchedule extends ContributionDeadlines {
  meetingId: string;
}

/** A department set (or moved) its contribution's deadline for a meeting. */
export interface ContributionDeadlineAnnouncement {
  department: Department;
  contributionId: string;
  meetingId: string;
  caseId: string;
  municipality: string;
  deadline: Date;
}

/**
 * Reads the meeting service's own agenda and the deadline announcements it consumed, for one
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
    const parameters = [caseId, meeting.id, municipality];
    const overdue = await this.query<{ department: string; deadline: Date }>(
      `SELECT department, min(deadline) AS deadline
         FROM $schema.overdue_contribution
        WHERE case_id = $1 AND meeting_id = $2 AND municipality = $3
        GROUP BY department`,
      parameters,
    );
    const deadlines = await this.query<{ department: string; deadline: Date }>(
      `SELECT department, deadline
         FROM $schema.contribution_deadline
        WHERE case_id = $1 AND meeting_id = $2 AND municipality = $3`,
      parameters,
    );
    return {
      meetingId: meeting.id,
      startsAt: new Date(meeting.starts_at),
      deadlines: deadlines.map(toAnnouncedDeadline),
      overdue: overdue.map(toAnnouncedDeadline),
    };
  }

  /** Keeps the newest deadline a department announced for the case at the meeting; one case's events arrive in order. */
  async recordDeadline(announcement: ContributionDeadlineAnnouncement, receivedAt: Date): Promise<void> {
    const manager = this.transactions.requireManager('Recording a contribution deadline');
    const schema = (this.transactions.dataSource.options as { schema: string }).schema;
    await manager.query(
      `INSERT INTO "${schema}".contribution_deadline
         (department, case_id, meeting_id, contribution_id, municipality, deadline, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (department, case_id, meeting_id)
       DO UPDATE SET contribution_id = EXCLUDED.contribution_id, deadline = EXCLUDED.deadline, received_at = EXCLUDED.received_at`,
      [
        announcement.department,
        announcement.caseId,
        announcement.meetingId,
        announcement.contributionId,
        announcement.municipality,
        announcement.deadline,
        receivedAt,
      ],
    );
  }

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    const schema = (this.transactions.dataSource.options as { schema: string }).schema;
    return this.transactions.dataSource.query<T[]>(sql.replaceAll('$schema', `"${schema}"`), parameters);
  }
}

function toAnnouncedDeadline(row: { department: string; deadline: Date }): AnnouncedDeadline {
  return { department: row.department as Department, deadline: new Date(row.deadline) };
}
