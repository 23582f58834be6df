import { Injectable } from '@nestjs/common';
import type { Department } from '@rehab/contracts';
import type { SignedInPerson } from '../session/signed-in-person';
import { WebSettings } from '../web-settings';
import { callService, findInService } from './service-call';

export type ContributingDepartment = Exclude<Department, 'job-centre'>;

export interface ContributionTaskSummary {
  taskId: string;
  caseId: string;
  caseType: string;
  status: string;
  openedAt: string;
  latestVersion: number;
  hasDraft: boolean;
  deadline: string | null;
  meetingStartsAt: string | null;
}

export interface ContributionTask {
  caseId: string;
  caseType: string;
  status: string;
  openedAt: string;
  deadline: { meetingStartsAt: string; deadline: string; overdueAnnouncedAt: string | null } | null;
  draft: { content: Record<string, string>; savedBy: string; savedAt: string } | null;
  versions: {
    version: number;
    content: Record<string, string>;
    submittedBy: string;
    submittedAt: string;
    reason: string | null;
  }[];
}

export interface GpCertificateRequest {
  status: string;
  requestedAt: string;
  answerDeadline: string;
  receipt: { documentReference: string; receivedAt: string } | null;
}

/** The three department services, which share one contribution API, and the health coordinator's LÆ 265. */
@Injectable()
export class DepartmentClient {
  constructor(private readonly settings: WebSettings) {}

  private url(department: ContributingDepartment, path: string): string {
    return `${this.settings.departmentUrl(department)}/api${path}`;
  }

  tasks(person: SignedInPerson, department: ContributingDepartment): Promise<ContributionTaskSummary[]> {
    return callService(person, 'GET', this.url(department, `/contribution-tasks?municipality=${person.municipality}`));
  }

  task(person: SignedInPerson, department: ContributingDepartment, caseId: string): Promise<ContributionTask | null> {
    return findInService(person, this.url(department, `/cases/${encodeURIComponent(caseId)}/contribution`));
  }

  saveDraft(
    person: SignedInPerson,
    department: ContributingDepartment,
    caseId: string,
    content: Record<string, string>,
  ): Promise<unknown> {
    return callService(
      person,
      'PUT',
      this.url(department, `/cases/${encodeURIComponent(caseId)}/contribution/draft`),
      content,
    );
  }

  submit(
    person: SignedInPerson,
    department: ContributingDepartment,
    caseId: string,
    content: Record<string, string>,
    reason: string | undefined,
  ): Promise<unknown> {
    return callService(
      person,
      'POST',
      this.url(department, `/cases/${encodeURIComponent(caseId)}/contribution/submissions`),
      {
        ...content,
        submittedBy: person.id,
        ...(reason ? { reason } : {}),
      },
    );
  }

  gpCertificate(person: SignedInPerson, caseId: string): Promise<GpCertificateRequest | null> {
    return findInService(person, this.url('health-coordinator', `/cases/${encodeURIComponent(caseId)}/gp-certificate`));
  }

  requestGpCertificate(person: SignedInPerson, caseId: string): Promise<unknown> {
    return callService(
      person,
      'POST',
      this.url('health-coordinator', `/cases/${encodeURIComponent(caseId)}/gp-certificate/request`),
      {
        requestedBy: person.id,
      },
    );
  }

  recordGpCertificateReceipt(person: SignedInPerson, caseId: string, documentReference: string): Promise<unknown> {
    return callService(
      person,
      'POST',
      this.url('health-coordinator', `/cases/${encodeURIComponent(caseId)}/gp-certificate/receipt`),
      {
        documentReference,
        recordedBy: person.id,
      },
    );
  }
}
