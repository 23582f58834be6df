import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import Handlebars from 'handlebars';
import type { RecommendationDraftModel } from '../domain/recommendation-draft';

/** Points at a municipality's own copy of the template, so wording changes need no code. */
export const RECOMMENDATION_TEMPLATE_SETTING = 'MEETING_RECOMMENDATION_TEMPLATE';

export const DEFAULT_RECOMMENDATION_TEMPLATE = join(__dirname, '..', 'templates', 'recommendation.view.hbs');

/** Renders the joint recommendation's draft from a Handlebars file; every value is HTML-escaped. */
@Injectable()
export class RecommendationTemplate {
  private readonly render: (model: RecommendationDraftModel) => string;

  constructor(settings: RuntimeSettings) {
    this.render = compileRecommendationTemplate(
      settings.get(RECOMMENDATION_TEMPLATE_SETTING, DEFAULT_RECOMMENDATION_TEMPLATE),
    );
  }

  toHtml(model: RecommendationDraftModel): string {
    return this.render(model);
  }
}

/** Reads and compiles the template once, at start-up, so a broken file stops the service rather than a meeting. */
export function compileRecommendationTemplate(path: string): (model: RecommendationDraftModel) => string {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`The recommendation template cannot be read (${RECOMMENDATION_TEMPLATE_SETTING})`, {
      cause: error,
    });
  }
  const template = Handlebars.create().compile<RecommendationDraftModel>(source, { strict: true, noEscape: false });
  template({
    caseType: '',
    meetingDate: '',
    citizenAttendance: '',
    supporter: null,
    contributions: [],
    missing: [],
  });
  return (model) => template(model);
}
