import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeRole } from '@rehab/platform';
import { FORM_TOKEN_FIELD } from '../forms/form-tokens';
import type { SignedInPerson } from '../session/signed-in-person';
import { formatDate, formatDateTime } from './format';
import { label } from './labels';
import { navigationFor } from './navigation';

const VIEWS = join(__dirname, '..', 'views');

export interface PageModel {
  title: string;
  [key: string]: unknown;
}

/**
 * Renders the pages: each view is compiled once at start, wrapped in the one layout, with the
 * partials under views/partials. Handlebars escapes everything in {{ }}, so text from the
 * services can never become markup.
 */
@Injectable()
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly views = new Map<string, Handlebars.TemplateDelegate>();
  private readonly layout: Handlebars.TemplateDelegate;

  constructor() {
    const h = this.handlebars;
    h.registerHelper('label', (code: unknown) => label(code));
    h.registerHelper('dateTime', (value: unknown) => formatDateTime(value));
    h.registerHelper('date', (value: unknown) => formatDate(value));
    h.registerHelper('eq', (a: unknown, b: unknown) => a === b);
    h.registerHelper('add', (a: unknown, b: unknown) => Number(a) + Number(b));
    h.registerHelper('subtract', (a: unknown, b: unknown) => Number(a) - Number(b));
    h.registerHelper('not', (a: unknown) => !a);
    // Every form's hidden token field; the token comes with the page, so a form needs no argument.
    h.registerHelper('formTokenField', (options: Handlebars.HelperOptions) => {
      const root = (options.data as { root?: { formToken?: unknown } } | undefined)?.root;
      const token = typeof root?.formToken === 'string' ? root.formToken : '';
      return new Handlebars.SafeString(
        `<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${Handlebars.escapeExpression(token)}">`,
      );
    });
    h.registerHelper('or', (a: unknown, b: unknown) => Boolean(a) || Boolean(b));
    h.registerHelper('and', (a: unknown, b: unknown) => Boolean(a) && Boolean(b));
    h.registerHelper('lookupValue', (values: unknown, key: unknown) =>
      typeof values === 'object' && values !== null && typeof key === 'string'
        ? (values as Record<string, unknown>)[key]
        : undefined,
    );
    for (const file of readdirSync(join(VIEWS, 'partials'))) {
      h.registerPartial(basename(file, '.hbs'), readFileSync(join(VIEWS, 'partials', file), 'utf8'));
    }
    for (const file of readdirSync(VIEWS).filter((name) => name.endsWith('.view.hbs'))) {
      this.views.set(
        basename(file, '.view.hbs'),
        h.compile(readFileSync(join(VIEWS, file), 'utf8'), { strict: false }),
      );
    }
    this.layout = h.compile(readFileSync(join(VIEWS, 'layout.hbs'), 'utf8'));
  }

  render(view: string, model: PageModel, person: SignedInPerson | null, currentPath = ''): string {
    const template = this.views.get(view);
    if (!template) throw new Error(`No view called ${view}`);
    const body = template({ ...model, person });
    return this.layout({
      title: model.title,
      body: new Handlebars.SafeString(body),
      person,
      roleTitle: person ? describeRole(person.role).title : null,
      navigation: person ? navigationFor(person.role, currentPath) : [],
      live: model.live ?? null,
      formToken: model.formToken ?? '',
    });
  }
}
