import { Injectable } from '@nestjs/common';
import type { SignedInPerson } from '../session/signed-in-person';
import { WebSettings } from '../web-settings';
import { callService, findInService } from './service-call';

export interface JobCentreCase {
  caseId: string;
  municipality: string;
  personId: string;
  caseType: string;
  coordinatingCaseworkerId: string;
  generalPractitioner: { sorCode: string; name: string };
  status: string;
  referredAt: string;
  preparatoryPart: {
    version: number;
    sections: Record<string, string>;
    submittedBy: string;
    submittedAt: string;
  } | null;
}

export interface ReferralInput {
  cpr: string;
  caseType: string;
  gpSorCode: string;
  gpName: string;
  hasVocationalQualification: boolean;
}

/** The job centre: referrals and the preparatory part. The CPR number goes here and nowhere else. */
@Injectable()
export class JobCentreClient {
  constructor(private readonly settings: WebSettings) {}

  refer(person: SignedInPerson, input: ReferralInput): Promise<{ caseId: string }> {
    return callService(person, 'POST', `${this.settings.jobCentreUrl}/api/cases`, {
      municipality: person.municipality,
      cpr: input.cpr,
      caseType: input.caseType,
      coordinatingCaseworkerId: person.id,
      generalPractitioner: { sorCode: input.gpSorCode, name: input.gpName },
      hasVocationalQualification: input.hasVocationalQualification,
    });
  }

  case(person: SignedInPerson, caseId: string): Promise<JobCentreCase | null> {
    return findInService(person, `${this.settings.jobCentreUrl}/api/cases/${encodeURIComponent(caseId)}`);
  }

  submitPreparatoryPart(person: SignedInPerson, caseId: string, sections: Record<string, string>): Promise<unknown> {
    return callService(
      person,
      'PUT',
      `${this.settings.jobCentreUrl}/api/cases/${encodeURIComponent(caseId)}/preparatory-part`,
      {
        ...sections,
        submittedBy: person.id,
      },
    );
  }
}
