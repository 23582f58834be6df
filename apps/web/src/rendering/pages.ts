import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FormTokens } from '../forms/form-tokens';
import type { SignedInPerson } from '../session/signed-in-person';
import { PageRenderer, type PageModel } from './page-renderer';

/**
 * Sends a rendered page. Pages are personal: never cached, never framed by another site. Its
 * forms carry the session's form token.
 */
@Injectable()
export class Pages {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly formTokens: FormTokens,
  ) {}

  send(
    request: Request,
    response: Response,
    view: string,
    model: PageModel,
    person: SignedInPerson | null,
    status = 200,
  ): void {
    const formToken = this.formTokens.issue(request, response);
    const html = this.renderer.render(view, { ...model, formToken }, person, request.path);
    response
      .status(status)
      .setHeader('cache-control', 'no-store')
      .setHeader('x-frame-options', 'DENY')
      .setHeader('x-content-type-options', 'nosniff')
      .type('html')
      .send(html);
  }
}
