import { Query } from '@nestjs/cqrs';

export interface PreparatoryAttachmentContent {
  title: string;
  mediaType: string;
  content: Buffer;
}

export class GetPreparatoryAttachmentQuery extends Query<PreparatoryAttachmentContent> {
  constructor(
    readonly caseId: string,
    readonly attachmentId: string,
  ) {
    super();
  }
}
