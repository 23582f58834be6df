import { Injectable } from '@nestjs/common';
import type { Department } from '@rehab/contracts';
import type { SignedInPerson } from '../session/signed-in-person';
import { WebSettings } from '../web-settings';
import { findInService } from './service-call';

/** One access to personal data as a service's audit log recorded it. */
export interface AuditRecord {
  id: string;
  recordedAt: string;
  service: string;
  actor: { kind: 'user' | 'service'; id: string; role: string | null };
  action: string;
  access: 'read' | 'write';
  caseId: string | null;
  purpose: string | null;
  correlationId: string;
}

/** What one service answered: its records, or that it keeps no audit log (its API has no such route). */
export interface ServiceAudit {
  service: string;
  records: AuditRecord[] | null;
}

const DEPARTMENTS: Department[] = ['job-centre', 'health-coordinator', 'social-psychiatry', 'company-consultant'];

/** The audit query API every service that keeps an audit log offers (GET /api/audit/…), for the operator. */
@Injectable()
export class AuditClient {
  constructor(private readonly settings: WebSettings) {}

  forCase(person: SignedInPerson, caseId: string): Promise<ServiceAudit[]> {
    return this.fromEveryService(person, `/audit/cases/${encodeURIComponent(caseId)}`);
  }

  forUser(person: SignedInPerson, userId: string): Promise<ServiceAudit[]> {
    return this.fromEveryService(person, `/audit/users/${encodeURIComponent(userId)}`);
  }

  private services(): { service: string; url: string }[] {
    return [
      ...DEPARTMENTS.map((department) => ({ service: department, url: this.settings.departmentUrl(department) })),
      { service: 'meeting', url: this.settings.meetingUrl },
      { service: 'gp-correspondence', url: this.settings.gpCorrespondenceUrl },
    ];
  }

  private fromEveryService(person: SignedInPerson, path: string): Promise<ServiceAudit[]> {
    return Promise.all(
      this.services().map(async ({ service, url }) => ({
        service,
        records: await findInService<AuditRecord[]>(person, `${url}/api${path}?limit=500`),
      })),
    );
  }
}
