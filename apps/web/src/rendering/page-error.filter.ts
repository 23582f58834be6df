import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ServiceRefusal, ServiceUnavailable } from '../clients/service-call';
import { FormTokenRefused } from '../forms/form-token.guard';
import { NotForYourRole, SignInRequired } from '../session/page-access';
import type { SignedInPerson } from '../session/signed-in-person';
import { Pages } from './pages';

/** Every failure of a page becomes a page: sign in, not for your role, not found, or try again. */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('web');

  constructor(private readonly pages: Pages) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { person?: SignedInPerson }>();
    const response = http.getResponse<Response>();
    const person = request.person ?? null;
    if (error instanceof SignInRequired) {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.originalUrl)}` : '';
      response.redirect(303, `/log-ind${next}`);
      return;
    }
    const [status, message] = this.describe(error);
    if (status >= 500) this.logger.error(`page failed: ${error instanceof Error ? error.name : 'unknown'}`);
    this.pages.send(request, response, 'error', { title: message.title, status, text: message.text }, person, status);
  }

  private describe(error: unknown): [number, { title: string; text: string }] {
    if (error instanceof FormTokenRefused)
      return [
        403,
        {
          title: 'Formularen kunne ikke godkendes',
          text:
            'Formularen manglede sit sikkerhedsfelt eller kom fra en anden session, så intet er gemt. ' +
            'Gå tilbage, genindlæs siden og send formularen igen.',
        },
      ];
    if (error instanceof NotForYourRole)
      return [
        403,
        { title: 'Ikke for din rolle', text: 'Siden er ikke tilgængelig i den rolle, du er logget ind med.' },
      ];
    if (error instanceof ServiceRefusal)
      return [error.status, { title: 'Det kunne ikke lade sig gøre', text: error.message }];
    if (error instanceof ServiceUnavailable)
      return [503, { title: 'En tjeneste svarer ikke', text: 'Prøv igen om lidt. Intet er gemt halvt.' }];
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      return [status, { title: status === 404 ? 'Siden findes ikke' : 'Forkert forespørgsel', text: error.message }];
    }
    return [500, { title: 'Noget gik galt', text: 'Siden kunne ikke vises. Prøv igen.' }];
  }
}
