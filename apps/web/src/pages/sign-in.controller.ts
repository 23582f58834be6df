import { Body, Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { BUILT_IN_USERS, DEMO_MUNICIPALITY, describeRole, isRole, PublicRoute, RuntimeSettings } from '@rehab/platform';
import type { Request, Response } from 'express';
import { homeOf } from '../rendering/navigation';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { DEVELOPMENT_MUNICIPALITIES, DEVELOPMENT_PEOPLE } from '../session/development-people';
import { IdentityProviderClient, SignInRefused } from '../session/identity-provider.client';
import { PageAccessGuard } from '../session/page-access';
import { SignInRateLimit } from '../session/sign-in-rate-limit';
import { SESSION_COOKIE, SessionCookie } from '../session/session-cookie';
import { field } from '../rendering/form-submission';

/** A local path to go on to after signing in; anything else (another site) is ignored. */
export function safeNext(next: unknown): string | null {
  return typeof next === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) && !next.startsWith('/log-ind') ? next : null;
}

/** The development identity provider's user for a role in a municipality, if it has one. */
export function developmentUsername(role: string, municipality: string): string | undefined {
  const username = municipality === DEMO_MUNICIPALITY ? role : `${role}-${municipality}`;
  return BUILT_IN_USERS.find((user) => user.username === username && user.municipalities.includes(municipality))
    ?.username;
}

/**
 * The development sign-in: pick a person, and with them a role, and a municipality. The web
 * application signs that user in at the development identity provider and keeps the token in
 * the signed session cookie. Development only: the page says so, and the municipality's
 * identity provider replaces it in production.
 */
@PublicRoute()
@Controller()
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class SignInController {
  constructor(
    private readonly pages: Pages,
    private readonly sessions: SessionCookie,
    private readonly identityProvider: IdentityProviderClient,
    private readonly rateLimit: SignInRateLimit,
    private readonly settings: RuntimeSettings,
  ) {}

  @Get()
  home(@Req() request: Request & { person?: { role: string } }, @Res() response: Response): void {
    const role = request.person?.role;
    response.redirect(303, isRole(role) ? homeOf(role) : '/log-ind');
  }

  @Get('log-ind')
  show(@Req() request: Request, @Res() response: Response, @Query('next') next?: string): void {
    this.showForm(request, response, safeNext(next), null, 200);
  }

  @Post('log-ind')
  async signIn(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    if (!this.rateLimit.allow(request.ip ?? 'unknown')) {
      this.showForm(request, response, null, 'For mange forsøg på at logge ind. Vent et minut og prøv igen.', 429);
      return;
    }
    const chosen = DEVELOPMENT_PEOPLE.find((person) => person.id === field(body, 'personId'));
    const municipality = DEVELOPMENT_MUNICIPALITIES.find((m) => m.code === field(body, 'municipality'));
    const next = safeNext(field(body, 'next'));
    if (!chosen || !municipality) {
      this.showForm(request, response, next, 'Vælg både en person og en kommune.', 400);
      return;
    }
    const username = developmentUsername(chosen.role, municipality.code);
    if (!username) {
      this.showForm(request, response, next, 'Der er ingen udviklingsbruger med den rolle i den kommune.', 400);
      return;
    }
    let token: string;
    try {
      token = await this.identityProvider.passwordGrant(
        username,
        this.settings.get('DEV_IDENTITY_PASSWORD', 'development'),
      );
    } catch (error) {
      const refused = error instanceof SignInRefused;
      this.showForm(
        request,
        response,
        next,
        refused ? 'Log ind blev afvist.' : 'Log ind kan ikke nås lige nu.',
        refused ? 401 : 503,
      );
      return;
    }
    const cookie = this.sessions.seal({ ...chosen, municipality: municipality.code, token });
    response.setHeader('set-cookie', `${SESSION_COOKIE}=${cookie}; ${SessionCookie.attributes(request.secure)}`);
    response.redirect(303, next ?? homeOf(chosen.role));
  }

  @Post('log-ud')
  signOut(@Res() response: Response): void {
    response.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
    response.redirect(303, '/log-ind');
  }

  private showForm(
    request: Request,
    response: Response,
    next: string | null,
    error: string | null,
    status: number,
  ): void {
    this.pages.send(
      request,
      response,
      'sign-in',
      {
        title: 'Log ind (udvikling)',
        next,
        error,
        people: DEVELOPMENT_PEOPLE.map((person) => ({ ...person, roleTitle: describeRole(person.role).title })),
        municipalities: DEVELOPMENT_MUNICIPALITIES,
      },
      null,
      status,
    );
  }
}
