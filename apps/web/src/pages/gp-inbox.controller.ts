import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { GpCorrespondenceClient } from '../clients/gp-correspondence.client';
import { field, submitForm, type FormRefusal } from '../rendering/form-submission';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { GENERAL_PRACTITIONERS } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';
import { readableMessage } from './readable-message';

/** The name parts the reply form starts from: "Lise Larsen, praktiserende læge" gives Lise and Larsen. */
export function nameParts(name: string): { givenName: string; familyName: string } {
  const [given = '', ...family] = (name.split(',')[0] ?? '').trim().split(/\s+/);
  return { givenName: given, familyName: family.join(' ') };
}

/** The built-in GP inbox, as the GP reads it, with the reply form. */
@Controller('indbakke')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class GpInboxController {
  constructor(
    private readonly pages: Pages,
    private readonly gp: GpCorrespondenceClient,
  ) {}

  @Get()
  @ForRoles(...GENERAL_PRACTITIONERS)
  async list(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
  ): Promise<void> {
    this.pages.send(
      request,
      response,
      'gp-inbox',
      { title: 'Indbakke', messages: await this.gp.inbox(person) },
      person,
    );
  }

  @Get(':id')
  @ForRoles(...GENERAL_PRACTITIONERS)
  async message(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.show(request, response, person, id, null, 200);
  }

  @Post(':id/svar')
  @ForRoles(...GENERAL_PRACTITIONERS)
  async reply(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await submitForm(
      response,
      'reply',
      body,
      async () => {
        await this.gp.reply(person, id, field(body, 'text'), {
          givenName: field(body, 'givenName'),
          familyName: field(body, 'familyName'),
          role: field(body, 'role'),
          phone: field(body, 'phone'),
        });
        return `/indbakke/${id}?besvaret=1`;
      },
      (refusal, status) => this.show(request, response, person, id, refusal, status),
    );
  }

  private async show(
    request: Request,
    response: Response,
    person: SignedInPerson,
    id: string,
    refusal: FormRefusal | null,
    status: number,
  ): Promise<void> {
    const message = await this.gp.inboxMessage(person, id);
    if (!message) throw new NotFoundException('Beskeden findes ikke.');
    this.pages.send(
      request,
      response,
      'gp-message',
      {
        title: message.topic ?? 'Besked',
        message,
        readable: readableMessage(message.bundle),
        answered: request.query.besvaret === '1',
        refusal,
        values: refusal?.values ?? { ...nameParts(person.name), role: 'Praktiserende læge', phone: '', text: '' },
      },
      person,
      status,
    );
  }
}
