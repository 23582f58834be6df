import { ApiProperty } from '@nestjs/swagger';

export class RecommendationDraftView {
  @ApiProperty() meetingId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: ['text/html'] }) mediaType!: 'text/html';
  @ApiProperty({
    description:
      'The draft of the joint recommendation (indstilling) in Danish, drawn from every contribution; the team ' +
      'edits it and adopts the edited text',
  })
  html!: string;
}
