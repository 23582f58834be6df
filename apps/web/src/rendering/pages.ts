import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { SignedInPerson } from '../session/signed-in-person';
import { PageRenderer, type PageModel } from './page-renderer';

/** Sends a rendered page. Pages are personal: never cached, never framed by another site. */
@Injectable()
export class Pages {
  constructor(private readonly renderer: PageRenderer) {}

  send(
    request: Request,
    response: Response,
    view: string,
    model: PageModel,
    person: SignedInPerson | null,
    status = 200,
  ): void {
    const html = this.renderer.render(view, model, person, request.path);
    response
      .status(status)
      .setHeader('cache-control', 'no-store')
      .setHeader('x-frame-options', 'DENY')
      .setHeader('x-content-type-options', 'nosniff')
      .type('html')
      .send(html);
  }
}
