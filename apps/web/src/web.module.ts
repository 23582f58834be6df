import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditClient } from './clients/audit.client';
import { DepartmentClient } from './clients/department.client';
import { GpCorrespondenceClient } from './clients/gp-correspondence.client';
import { JobCentreClient } from './clients/job-centre.client';
import { MeetingClient } from './clients/meeting.client';
import { FormTokenGuard } from './forms/form-token.guard';
import { FormTokens } from './forms/form-tokens';
import { LiveEvents } from './live/live-events';
import { LiveUpdatesController } from './live/live-updates.controller';
import { AuditController } from './pages/audit.controller';
import { DecisionsController } from './pages/decisions.controller';
import { DossierController } from './pages/dossier.controller';
import { GpInboxController } from './pages/gp-inbox.controller';
import { LiveMeetingController } from './pages/live-meeting.controller';
import { MeetingsController } from './pages/meetings.controller';
import { ReferralController } from './pages/referral.controller';
import { SignInController } from './pages/sign-in.controller';
import { StatisticsController } from './pages/statistics.controller';
import { WorkQueueController } from './pages/work-queue.controller';
import { PageErrorFilter } from './rendering/page-error.filter';
import { PageRenderer } from './rendering/page-renderer';
import { Pages } from './rendering/pages';
import { PageAccessGuard } from './session/page-access';
import { IdentityProviderClient } from './session/identity-provider.client';
import { SessionCookie } from './session/session-cookie';
import { SignInRateLimit } from './session/sign-in-rate-limit';
import { WebSettings } from './web-settings';

/** The pages, their clients of the other services, the session and the live updates. */
@Module({
  controllers: [
    SignInController,
    MeetingsController,
    LiveMeetingController,
    DossierController,
    WorkQueueController,
    ReferralController,
    DecisionsController,
    GpInboxController,
    StatisticsController,
    AuditController,
    LiveUpdatesController,
  ],
  providers: [
    WebSettings,
    {
      provide: SessionCookie,
      useFactory: (settings: WebSettings) => new SessionCookie(settings.sessionSecret),
      inject: [WebSettings],
    },
    {
      provide: FormTokens,
      useFactory: (settings: WebSettings) => new FormTokens(settings.sessionSecret),
      inject: [WebSettings],
    },
    // Every form post, on every page, carries its session's token (cross-site request forgery).
    { provide: APP_GUARD, useClass: FormTokenGuard },
    PageAccessGuard,
    IdentityProviderClient,
    SignInRateLimit,
    PageRenderer,
    Pages,
    PageErrorFilter,
    MeetingClient,
    JobCentreClient,
    DepartmentClient,
    GpCorrespondenceClient,
    AuditClient,
    LiveEvents,
  ],
})
export class WebModule {}
