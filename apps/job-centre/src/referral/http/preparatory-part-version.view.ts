import { ApiProperty } from '@nestjs/swagger';
import { AttachmentView } from './case.view';

/** One submitted version of the preparatory part, as it was submitted. */
export class PreparatoryPartVersionView {
  @ApiProperty() version!: number;
  @ApiProperty({ type: Object }) sections!: Record<string, string>;
  @ApiProperty({ type: [AttachmentView] }) attachments!: AttachmentView[];
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
}
