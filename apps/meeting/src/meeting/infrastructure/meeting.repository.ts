import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import { In, Not, type EntityManager } from 'typeorm';
import type { AgendaItem, Meeting } from '../domain/meeting.aggregate';
import { MeetingEventsPublisher } from '../messaging/meeting-events.publisher';
import {
  AgendaItemEntity,
  DecisionEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  MeetingProceedingStepEntity,
  RecommendationEntity,
} from './meeting.entity';
import { MeetingMapper } from './meeting.mapper';

/** A case's place on one meeting's agenda, for reading a case's history across meetings. */
export interface CaseOnAgenda {
  meetingId: string;
  startsAt: Date;
  item: AgendaItem;
}

@Injectable()
export class MeetingRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: MeetingEventsPublisher,
  ) {}

  async find(meetingId: string): Promise<Meeting | null> {
    const manager = this.manager();
    const meeting = await manager.findOneBy(MeetingEntity, { id: meetingId });
    if (!meeting) return null;
    const agenda = await manager.findBy(AgendaItemEntity, { meetingId });
    const recommendations = await manager.findBy(RecommendationEntity, { meetingId });
    const decisions = await manager.findBy(DecisionEntity, { meetingId });
    const attendance = await manager.findBy(MeetingAttendanceEntity, { meetingId });
    const proceedings = await manager.findBy(MeetingProceedingStepEntity, { meetingId });
    return MeetingMapper.toDomain({ meeting, agenda, recommendations, decisions, attendance, proceedings });
  }

  async get(meetingId: string): Promise<Meeting> {
    const found = await this.find(meetingId);
    if (!found) throw DomainError.notFound('No such meeting.');
    return found;
  }

  /** A municipality's meetings starting at or after the moment, earliest first. */
  async listByMunicipality(municipality: string, from: Date | null, limit: number): Promise<Meeting[]> {
    const query = this.manager()
      .createQueryBuilder(MeetingEntity, 'meeting')
      .select('meeting.id')
      .where('meeting.municipality = :municipality', { municipality });
    if (from) query.andWhere('meeting.starts_at >= :from', { from });
    const rows = await query.orderBy('meeting.starts_at', 'ASC').limit(limit).getMany();
    const meetings = await Promise.all(rows.map((row) => this.get(row.id)));
    return meetings;
  }

  /** The first meeting of the municipality after the moment that has room and does not already hold the case. */
  async findNextWithRoom(municipality: string, caseId: string, after: Date): Promise<Meeting | null> {
    const candidates = await this.manager()
      .createQueryBuilder(MeetingEntity, 'meeting')
      .where('meeting.municipality = :municipality AND meeting.starts_at > :after', { municipality, after })
      .andWhere(
        `meeting.capacity > (SELECT count(*) FROM ${this.schema()}.agenda_item item WHERE item.meeting_id = meeting.id)`,
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM ${this.schema()}.agenda_item item WHERE item.meeting_id = meeting.id AND item.case_id = :caseId)`,
        { caseId },
      )
      .orderBy('meeting.starts_at', 'ASC')
      .limit(1)
      .getMany();
    return candidates[0] ? this.find(candidates[0].id) : null;
  }

  /** Meetings whose agenda's lead time has come and that have not announced it yet, earliest first. */
  async dueForAgendaPublication(now: Date, limit: number): Promise<string[]> {
    const rows = await this.manager()
      .createQueryBuilder(MeetingEntity, 'meeting')
      .select('meeting.id')
      .where('meeting.agenda_published_at IS NULL AND meeting.agenda_publishes_at <= :now', { now })
      .orderBy('meeting.agenda_publishes_at', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((row) => row.id);
  }

  /** Whether the case waits for a decision on another meeting's agenda. */
  async isAwaitingDecisionElsewhere(caseId: string, meetingId: string): Promise<boolean> {
    const count = await this.manager().countBy(AgendaItemEntity, {
      caseId,
      meetingId: Not(meetingId),
      status: Not('decided'),
    });
    return count > 0;
  }

  /** Every meeting the case has been on, in the order it was placed on them. */
  async agendaHistoryOf(caseId: string): Promise<CaseOnAgenda[]> {
    const manager = this.manager();
    const agenda = await manager.findBy(AgendaItemEntity, { caseId });
    if (agenda.length === 0) return [];
    const recommendations = await manager.findBy(RecommendationEntity, { caseId });
    const decisions = await manager.findBy(DecisionEntity, { caseId });
    const meetings = await manager.findBy(MeetingEntity, { id: In(agenda.map((item) => item.meetingId)) });
    return agenda
      .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())
      .map((item) => ({
        meetingId: item.meetingId,
        startsAt: meetings.find((meeting) => meeting.id === item.meetingId)!.startsAt,
        item: MeetingMapper.agendaItemToDomain(item, recommendations, decisions),
      }));
  }

  /**
   * Saves the meeting, what changed on its agenda and its events in one transaction. The
   * version column turns two changes at once into a conflict instead of a lost update.
   */
  async save(meeting: Meeting): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = meeting.pullEvents();
      const entity = MeetingMapper.toEntity(meeting);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(MeetingEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(MeetingEntity)
          // The agenda's publication is written on its own (saveAgendaPublication); a change made
          // from an older copy of the meeting must not undo it.
          .set({ ...entity, version: expectedVersion + 1, agendaPublishedAt: () => 'agenda_published_at' })
          .where('id = :id AND version = :version', { id: entity.id, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The meeting was changed by someone else; reload it and try again.');
        }
      }
      for (const event of events) {
        switch (event.kind) {
          case 'case-placed-on-agenda':
            await manager.insert(AgendaItemEntity, MeetingMapper.agendaItemToEntity(entity.id, event.item));
            break;
          case 'recommendation-adopted':
            await manager.insert(
              RecommendationEntity,
              MeetingMapper.recommendationToEntity(entity.id, event.caseId, event.recommendation),
            );
            await this.updateAgendaItem(manager, meeting, event.caseId);
            break;
          case 'decision-recorded':
            await manager.insert(
              DecisionEntity,
              MeetingMapper.decisionToEntity(entity.id, event.caseId, event.decision),
            );
            await this.updateAgendaItem(manager, meeting, event.caseId);
            break;
          case 'citizen-attendance-recorded':
          case 'decision-pending':
            await this.updateAgendaItem(manager, meeting, event.caseId);
            break;
          case 'attendance-recorded':
            await manager.upsert(
              MeetingAttendanceEntity,
              MeetingMapper.attendanceToEntity(entity.id, event.attendance),
              ['meetingId', 'role', 'staffId'],
            );
            break;
          case 'proceeding-step-recorded':
            await manager.insert(MeetingProceedingStepEntity, MeetingMapper.proceedingStepToEntity(entity.id, event.step));
            break;
          case 'scheduled':
          case 'case-returned-to-team':
          case 'quorum-overridden':
          case 'agenda-published':
            // Nothing of its own to store: the meeting and decision rows say it, and the recommendation keeps the reason.
            break;
          default: {
            const unhandled: never = event;
            throw new Error(`Unhandled meeting event ${JSON.stringify(unhandled)}`);
          }
        }
      }
      await this.events.publish(meeting, events);
    });
  }

  /**
   * Records that the meeting's agenda went out, and announces it, without taking the meeting's
   * version: a timer does this, and it must not turn a team member's concurrent change into a
   * conflict. The condition on the column makes a second publisher (another instance) lose.
   * Returns false when the agenda had already gone out.
   */
  async saveAgendaPublication(meeting: Meeting): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const events = meeting.pullEvents();
      const publication = events.find((event) => event.kind === 'agenda-published');
      if (!publication || events.length !== 1) {
        throw new Error('An agenda publication is saved on its own, with nothing else changed');
      }
      const result = await manager
        .createQueryBuilder()
        .update(MeetingEntity)
        .set({ agendaPublishedAt: publication.publishedAt })
        .where('id = :id AND agenda_published_at IS NULL', { id: meeting.id })
        .execute();
      if (result.affected !== 1) return false;
      await this.events.publish(meeting, events);
      return true;
    });
  }

  private async updateAgendaItem(manager: EntityManager, meeting: Meeting, caseId: string): Promise<void> {
    const item = meeting.findItem(caseId);
    if (!item) throw new Error('An agenda event names a case that is not on the agenda');
    const row = MeetingMapper.agendaItemToEntity(meeting.id, item);
    await manager.update(
      AgendaItemEntity,
      { meetingId: meeting.id, caseId },
      {
        status: row.status,
        citizenPresent: row.citizenPresent,
        citizenAbsenceReason: row.citizenAbsenceReason,
        supporter: row.supporter,
        citizenRecordedAt: row.citizenRecordedAt,
        pendingDecisionOwner: row.pendingDecisionOwner,
        pendingDecisionDueDate: row.pendingDecisionDueDate,
        pendingDecisionRecordedAt: row.pendingDecisionRecordedAt,
      },
    );
  }

  private schema(): string {
    return `"${(this.transactions.dataSource.options as { schema: string }).schema}"`;
  }

  private manager(): EntityManager {
    return this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading a meeting')
      : this.transactions.dataSource.manager;
  }
}
