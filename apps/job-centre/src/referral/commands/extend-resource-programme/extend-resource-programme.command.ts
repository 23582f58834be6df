import { Command } from '@nestjs/cqrs';
import type { ResourceProgrammeExtension } from '../../domain/rehabilitation-case.aggregate';

export class ExtendResourceProgrammeCommand extends Command<ResourceProgrammeExtension> {
  constructor(
    readonly caseId: string,
    readonly nothingNew: boolean,
    readonly reason: string,
    readonly decisionMakerId: string,
    readonly extendedUntil: string | null,
    readonly recordedBy: string,
  ) {
    super();
  }
}
