import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { GetPreparatoryAttachmentQuery, type PreparatoryAttachmentContent } from './get-preparatory-attachment.query';

@QueryHandler(GetPreparatoryAttachmentQuery)
export class GetPreparatoryAttachmentHandler implements IQueryHandler<
  GetPreparatoryAttachmentQuery,
  PreparatoryAttachmentContent
> {
  constructor(private readonly cases: RehabilitationCaseRepository) {}

  async execute(query: GetPreparatoryAttachmentQuery): Promise<PreparatoryAttachmentContent> {
    const attachment = await this.cases.preparatoryPartAttachment(query.caseId, query.attachmentId);
    return { title: attachment.title, mediaType: attachment.mediaType, content: attachment.content };
  }
}
