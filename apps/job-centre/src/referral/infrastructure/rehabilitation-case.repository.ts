import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import type { RehabilitationCase } from '../domain/rehabilitation-case.aggregate';
import { RehabilitationCaseEventsPublisher } from '../messaging/rehabilitation-case-events.publisher';
import {
  PreparatoryPartAttachmentEntity,
  PreparatoryPartVersionEntity,
  RehabilitationCaseEntity,
} from './rehabilitation-case.entity';
import { RehabilitationCaseMapper } from './rehabilitation-case.mapper';

@Injectable()
export class RehabilitationCaseRepository {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: RehabilitationCaseEventsPublisher,
  ) {}

  async find(caseId: string, municipality?: string): Promise<RehabilitationCase | null> {
    const manager = this.transactions.inTransaction()
      ? this.transactions.requireManager('Loading a case')
      : this.transactions.dataSource.manager;
    const entity = await manager.findOneBy(RehabilitationCaseEntity, {
      id: caseId,
      ...(municipality ? { municipality } : {}),
    });
    return entity ? RehabilitationCaseMapper.toDomain(entity) : null;
  }

  async get(caseId: string, municipality?: string): Promise<RehabilitationCase> {
    const found = await this.find(caseId, municipality);
    if (!found) throw DomainError.notFound('No such case at the job centre.');
    return found;
  }

  /** Decided resource programmes with no first activity and not yet re-presented, decided before the given time. */
  async idsAwaitingFirstActivity(decidedBefore: Date): Promise<string[]> {
    const rows = await this.transactions.dataSource.manager
      .createQueryBuilder(RehabilitationCaseEntity, 'rehabilitation_case')
      .select('rehabilitation_case.id', 'id')
      .where("rehabilitation_case.status = 'decided'")
      .andWhere('rehabilitation_case.activity_started_at IS NULL')
      .andWhere('rehabilitation_case.re_presentation IS NULL')
      .andWhere("rehabilitation_case.decision->>'outcome' = 'resource-programme'")
      .andWhere("(rehabilitation_case.decision->>'decidedAt') <= :decidedBefore", {
        decidedBefore: decidedBefore.toISOString(),
      })
      .orderBy("rehabilitation_case.decision->>'decidedAt'")
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Every submitted version of the preparatory part, oldest first, with its attachments' descriptions. */
  async preparatoryPartVersions(caseId: string): Promise<{
    versions: PreparatoryPartVersionEntity[];
    attachments: Omit<PreparatoryPartAttachmentEntity, 'content'>[];
  }> {
    const manager = this.transactions.dataSource.manager;
    const versions = await manager.find(PreparatoryPartVersionEntity, { where: { caseId }, order: { version: 'ASC' } });
    const attachments = await manager.find(PreparatoryPartAttachmentEntity, {
      select: { id: true, caseId: true, version: true, title: true, mediaType: true, sizeBytes: true },
      where: { caseId },
      order: { version: 'ASC', title: 'ASC' },
    });
    return { versions, attachments };
  }

  async preparatoryPartAttachment(caseId: string, attachmentId: string): Promise<PreparatoryPartAttachmentEntity> {
    const attachment = await this.transactions.dataSource.manager.findOneBy(PreparatoryPartAttachmentEntity, {
      id: attachmentId,
      caseId,
    });
    if (!attachment) throw DomainError.notFound('No such attachment to the preparatory part of this case.');
    return attachment;
  }

  /**
   * Saves the case, its new preparatory-part versions and its events in one transaction. The
   * version column makes a concurrent change fail instead of overwriting.
   */
  async save(rehabilitationCase: RehabilitationCase): Promise<void> {
    await this.transactions.run(async (manager) => {
      const events = rehabilitationCase.pullEvents();
      const entity = RehabilitationCaseMapper.toEntity(rehabilitationCase);
      const expectedVersion = entity.version;
      if (expectedVersion === 0) {
        await manager.insert(RehabilitationCaseEntity, { ...entity, version: 1 });
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(RehabilitationCaseEntity)
          .set({ ...entity, version: expectedVersion + 1 })
          .where('id = :id AND version = :version', { id: entity.id, version: expectedVersion })
          .execute();
        if (result.affected !== 1) {
          throw DomainError.conflict('The case was changed by someone else; reload it and try again.');
        }
      }
      for (const event of events) {
        if (event.kind === 'preparatory-part-submitted') {
          await manager.insert(PreparatoryPartVersionEntity, {
            caseId: entity.id,
            version: event.part.version,
            sections: { ...event.part.sections },
            submittedBy: event.part.submittedBy,
            submittedAt: event.part.submittedAt,
          });
          for (const attachment of event.part.attachments) {
            const content = event.attachmentContents.get(attachment.attachmentId);
            if (!content) throw new Error(`The content of attachment ${attachment.attachmentId} is missing`);
            await manager.insert(PreparatoryPartAttachmentEntity, {
              id: attachment.attachmentId,
              caseId: entity.id,
              version: event.part.version,
              title: attachment.title,
              mediaType: attachment.mediaType,
              sizeBytes: attachment.sizeBytes,
              content: Buffer.from(content),
            });
          }
        }
      }
      await this.events.publish(rehabilitationCase, events);
    });
  }
}
