import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PreparatoryPartVersionView } from '../../http/preparatory-part-version.view';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { ListPreparatoryPartVersionsQuery } from './list-preparatory-part-versions.query';

@QueryHandler(ListPreparatoryPartVersionsQuery)
export class ListPreparatoryPartVersionsHandler implements IQueryHandler<
  ListPreparatoryPartVersionsQuery,
  PreparatoryPartVersionView[]
> {
  constructor(private readonly cases: RehabilitationCaseRepository) {}

  async execute(query: ListPreparatoryPartVersionsQuery): Promise<PreparatoryPartVersionView[]> {
    await this.cases.get(query.caseId);
    const { versions, attachments } = await this.cases.preparatoryPartVersions(query.caseId);
    return versions.map((version) => ({
      version: version.version,
      sections: { ...version.sections },
      attachments: attachments
        .filter((attachment) => attachment.version === version.version)
        .map((attachment) => ({
          attachmentId: attachment.id,
          title: attachment.title,
          mediaType: attachment.mediaType,
          sizeBytes: attachment.sizeBytes,
        })),
      submittedBy: version.submittedBy,
      submittedAt: version.submittedAt.toISOString(),
    }));
  }
}
