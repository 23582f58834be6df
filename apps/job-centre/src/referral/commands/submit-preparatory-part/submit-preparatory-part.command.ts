import { Command } from '@nestjs/cqrs';
import type { NewAttachment } from '../../domain/preparatory-attachment';
import type { PreparatoryPart, PreparatorySections } from '../../domain/rehabilitation-case.aggregate';

export class SubmitPreparatoryPartCommand extends Command<PreparatoryPart> {
  constructor(
    readonly caseId: string,
    readonly sections: PreparatorySections,
    readonly submittedBy: string,
    readonly attachments: readonly NewAttachment[] = [],
  ) {
    super();
  }
}
