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
import { describeRole } from '@rehab/platform';
import type { Request, Response } from 'express';
import {
  DepartmentClient,
  type ContributingDepartment,
  type ContributionTaskSummary,
} from '../clients/department.client';
import { MeetingClient } from '../clients/meeting.client';
import { field, submitForm, type FormRefusal } from '../rendering/form-submission';
import { CONTRIBUTION_HEADINGS } from '../rendering/labels';
import { PageErrorFilter } from '../rendering/page-error.filter';
import { Pages } from '../rendering/pages';
import { CurrentPerson, ForRoles, PageAccessGuard } from '../session/page-access';
import { DEPARTMENT_WORKERS } from '../session/page-roles';
import type { SignedInPerson } from '../session/signed-in-person';

/** Overdue first, then the nearest deadline, then the oldest task; a task with no meeting yet last. */
export function queueOrder(
  tasks: ContributionTaskSummary[],
  now: Date,
): (ContributionTaskSummary & { overdue: boolean })[] {
  return tasks
    .map((task) => ({
      ...task,
      overdue: task.status === 'open' && task.deadline !== null && Date.parse(task.deadline) < now.getTime(),
    }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.deadline ? Date.parse(a.deadline) : Infinity) - (b.deadline ? Date.parse(b.deadline) : Infinity) ||
        Date.parse(a.openedAt) - Date.parse(b.openedAt),
    );
}

function departmentOf(person: SignedInPerson) {
  return describeRole(person.role).department;
}

/** A department's work queue and its contribution form: draft, submit and amend. */
@Controller('arbejdsko')
@UseGuards(PageAccessGuard)
@UseFilters(PageErrorFilter)
export class WorkQueueController {
  constructor(
    private readonly pages: Pages,
    private readonly departments: DepartmentClient,
    private readonly meetings: MeetingClient,
  ) {}

  @Get()
  @ForRoles(...DEPARTMENT_WORKERS)
  async queue(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
  ): Promise<void> {
    const department = departmentOf(person);
    if (department === 'job-centre' || department === null) {
      const dossiers = await this.meetings.dossiers(person, 'incomplete');
      this.pages.send(
        request,
        response,
        'job-centre-queue',
        {
          title: 'Min arbejdskø',
          cases: dossiers.filter((dossier) => dossier.missingDepartments.includes('job-centre')),
        },
        person,
      );
      return;
    }
    const tasks = await this.departments.tasks(person, department);
    this.pages.send(
      request,
      response,
      'work-queue',
      { title: 'Min arbejdskø', department, tasks: queueOrder(tasks, new Date()) },
      person,
    );
  }

  @Get(':caseId')
  @ForRoles(...DEPARTMENT_WORKERS)
  async item(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
  ): Promise<void> {
    await this.show(request, response, person, caseId, null, 200);
  }

  @Post(':caseId/kladde')
  @ForRoles(...DEPARTMENT_WORKERS)
  async draft(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const department = this.contributing(person);
    await submitForm(
      response,
      'contribution',
      body,
      async () => {
        const content = Object.fromEntries(this.headingsOf(department, body).filter(([, text]) => text.length > 0));
        await this.departments.saveDraft(person, department, caseId, content);
        return `/arbejdsko/${caseId}`;
      },
      (refusal, status) => this.show(request, response, person, caseId, refusal, status),
    );
  }

  @Post(':caseId/indsend')
  @ForRoles(...DEPARTMENT_WORKERS)
  async submit(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const department = this.contributing(person);
    await submitForm(
      response,
      'contribution',
      body,
      async () => {
        await this.departments.submit(
          person,
          department,
          caseId,
          Object.fromEntries(this.headingsOf(department, body)),
          field(body, 'reason') || undefined,
        );
        return `/arbejdsko/${caseId}`;
      },
      (refusal, status) => this.show(request, response, person, caseId, refusal, status),
    );
  }

  @Post(':caseId/laegeattest/anmodning')
  @ForRoles('member-health-coordinator')
  async requestCertificate(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
  ): Promise<void> {
    await submitForm(
      response,
      'certificate',
      {},
      async () => {
        await this.departments.requestGpCertificate(person, caseId);
        return `/arbejdsko/${caseId}#laegeattest`;
      },
      (refusal, status) => this.show(request, response, person, caseId, refusal, status),
    );
  }

  @Post(':caseId/laegeattest/modtaget')
  @ForRoles('member-health-coordinator')
  async certificateReceived(
    @Req() request: Request,
    @Res() response: Response,
    @CurrentPerson() person: SignedInPerson,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    await submitForm(
      response,
      'certificate',
      body,
      async () => {
        await this.departments.recordGpCertificateReceipt(person, caseId, field(body, 'documentReference'));
        return `/arbejdsko/${caseId}#laegeattest`;
      },
      (refusal, status) => this.show(request, response, person, caseId, refusal, status),
    );
  }

  private contributing(person: SignedInPerson): ContributingDepartment {
    const department = departmentOf(person);
    if (department === null || department === 'job-centre')
      throw new NotFoundException('Jobcentrets bidrag er den forberedende del.');
    return department;
  }

  private headingsOf(department: ContributingDepartment, body: Record<string, unknown>): [string, string][] {
    return (CONTRIBUTION_HEADINGS[department] ?? []).map((heading) => [heading.key, field(body, heading.key)]);
  }

  private async show(
    request: Request,
    response: Response,
    person: SignedInPerson,
    caseId: string,
    refusal: FormRefusal | null,
    status: number,
  ): Promise<void> {
    const department = departmentOf(person);
    if (department === 'job-centre') {
      response.redirect(303, `/henvisning/${caseId}/forberedende-del`);
      return;
    }
    const contributing = this.contributing(person);
    const [task, certificate] = await Promise.all([
      this.departments.task(person, contributing, caseId),
      contributing === 'health-coordinator' ? this.departments.gpCertificate(person, caseId) : null,
    ]);
    if (!task) throw new NotFoundException('Afdelingen har ingen opgave for sagen.');
    const latest = task.versions[task.versions.length - 1] ?? null;
    const values = refusal?.form === 'contribution' ? refusal.values : (task.draft?.content ?? latest?.content ?? {});
    this.pages.send(
      request,
      response,
      'work-item',
      {
        title: 'Bidrag til sagen',
        task,
        department: contributing,
        latest,
        amending: latest !== null,
        headings: (CONTRIBUTION_HEADINGS[contributing] ?? []).map((heading) => ({
          ...heading,
          value: values[heading.key] ?? '',
        })),
        refusal,
        healthCoordinator: contributing === 'health-coordinator',
        certificate,
      },
      person,
      status,
    );
  }
}
