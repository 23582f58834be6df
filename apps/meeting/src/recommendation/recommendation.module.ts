import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module';
import { MeetingModule } from '../meeting/meeting.module';
import { RecommendationDraftController } from './http/recommendation-draft.controller';
import { RecommendationTemplate } from './infrastructure/recommendation-template';
import { GetRecommendationDraftHandler } from './queries/get-recommendation-draft/get-recommendation-draft.handler';

/** Drafts the joint recommendation (indstilling) from a template file the municipality may reword. */
@Module({
  imports: [DossierModule, MeetingModule],
  controllers: [RecommendationDraftController],
  providers: [RecommendationTemplate, GetRecommendationDraftHandler],
})
export class RecommendationModule {}
