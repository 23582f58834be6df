import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { CaseType } from '@rehab/contracts';
import { RuntimeSettings } from '@rehab/platform';
import Handlebars from 'handlebars';
import type { DecisionSnapshot } from '../../domain/outcome-message';
import { danishDate, outcomeInDanish } from '../../domain/outcome-summary';
import { htmlToBlocks } from './html-blocks';
import { renderPdf } from './recommendation-pdf';

/**
 * The meeting service's recommendation template (indstilling), read where the build puts it
 * next to this service; a municipality's own copy is named by MEETING_RECOMMENDATION_TEMPLATE,
 * the same setting the meeting reads, or GP_RECOMMENDATION_TEMPLATE for this service alone.
 */
export const DEFAULT_RECOMMENDATION_TEMPLATE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'meeting',
  'src',
  'recommendation',
  'templates',
  'recommendation.view.hbs',
);

const CASE_TYPE_NAMES: Record<CaseType, string> = {
  'resource-programme': 'Ressourceforløb',
  'job-clarification': 'Jobafklaringsforløb',
  'flex-job': 'Fleksjob',
  'self-employed-subsidy': 'Tilskud til selvstændigt erhvervsdrivende',
  'disability-pension': 'Førtidspension',
};

/** The model the template renders (the meeting's RecommendationDraftModel, by shape). */
interface RecommendationTemplateModel {
  caseType: string;
  meetingDate: string;
  citizenAttendance: string;
  supporter: string | null;
  contributions: {
    title: string;
    version: number;
    author: string;
    submittedOn: string;
    fields: { label: string; text: string }[];
  }[];
  missing: string[];
}

export interface RecommendationDocumentInput {
  caseType: CaseType | null;
  decision: DecisionSnapshot;
  teamName: string;
}

/**
 * Renders the adopted recommendation and the decision as the PDF attached to the GP message,
 * through the same Handlebars template the meeting drafts the recommendation with. This
 * service knows the adopted text and the decision, not the dossier's contributions, so the
 * adopted recommendation fills the template's one section of contributions.
 */
@Injectable()
export class RecommendationDocument {
  private readonly template: (model: RecommendationTemplateModel) => string;

  constructor(settings: RuntimeSettings) {
    const path =
      settings.optional('GP_RECOMMENDATION_TEMPLATE') ??
      settings.get('MEETING_RECOMMENDATION_TEMPLATE', DEFAULT_RECOMMENDATION_TEMPLATE);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error('The recommendation template cannot be read (GP_RECOMMENDATION_TEMPLATE)', { cause: error });
    }
    this.template = Handlebars.create().compile<RecommendationTemplateModel>(source, { strict: true });
  }

  toHtml(input: RecommendationDocumentInput): string {
    const { decision } = input;
    const decidedOn = danishDate(decision.decidedAt);
    return this.template({
      caseType: input.caseType ? CASE_TYPE_NAMES[input.caseType] : 'Ikke oplyst',
      meetingDate: decision.decidedAtMeeting ? decidedOn : 'Afgjort efter mødet',
      citizenAttendance: 'Fremgår af mødereferatet',
      supporter: null,
      contributions: [
        {
          title: 'Den vedtagne indstilling og kommunens afgørelse',
          version: 1,
          author: input.teamName,
          submittedOn: decidedOn,
          fields: [
            { label: 'Rehabiliteringsteamets indstilling', text: decision.recommendationText.trim() },
            {
              label: 'Kommunens afgørelse',
              text: `${outcomeInDanish(decision.outcome)}; ${
                decision.followsRecommendation ? 'følger indstillingen' : 'følger ikke indstillingen'
              }; truffet den ${decidedOn}.`,
            },
          ],
        },
      ],
      missing: [],
    });
  }

  async toPdf(input: RecommendationDocumentInput): Promise<Buffer> {
    return renderPdf(htmlToBlocks(this.toHtml(input)), {
      title: 'Rehabiliteringsteamets indstilling',
      author: input.teamName,
      createdAt: new Date(input.decision.decidedAt),
    });
  }
}
