import { Injectable, Logger } from '@nestjs/common';
import type { Department } from '@rehab/contracts';
import { RuntimeSettings } from '@rehab/platform';

const DEVELOPMENT_SESSION_SECRET = 'development-only-web-session-secret';

/** Where the other services listen, and the secret the session cookie is signed with. */
@Injectable()
export class WebSettings {
  readonly jobCentreUrl: string;
  readonly meetingUrl: string;
  readonly gpCorrespondenceUrl: string;
  readonly sessionSecret: string;
  private readonly departmentUrls: Record<Exclude<Department, 'job-centre'>, string>;

  constructor(settings: RuntimeSettings) {
    this.jobCentreUrl = settings.get('JOB_CENTRE_URL', 'http://127.0.0.1:3001');
    this.departmentUrls = {
      'health-coordinator': settings.get('HEALTH_COORDINATOR_URL', 'http://127.0.0.1:3002'),
      'social-psychiatry': settings.get('SOCIAL_PSYCHIATRY_URL', 'http://127.0.0.1:3003'),
      'company-consultant': settings.get('COMPANY_CONSULTANT_URL', 'http://127.0.0.1:3004'),
    };
    this.meetingUrl = settings.get('MEETING_URL', 'http://127.0.0.1:3005');
    this.gpCorrespondenceUrl = settings.get('GP_CORRESPONDENCE_URL', 'http://127.0.0.1:3006');
    const secret = settings.optional('WEB_SESSION_SECRET');
    if (!secret) new Logger('web').warn('WEB_SESSION_SECRET is not set; using a development secret');
    this.sessionSecret = secret ?? DEVELOPMENT_SESSION_SECRET;
  }

  departmentUrl(department: Department): string {
    return department === 'job-centre' ? this.jobCentreUrl : this.departmentUrls[department];
  }
}
