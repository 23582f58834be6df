import { Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { MEETING_PLAN_DEFAULTS } from '../domain/meeting.aggregate';

/**
 * MEETING_AGENDA_LEAD_HOURS: hours before a meeting its agenda is published (default 24).
 * MEETING_AUTO_SCHEDULING: "true" puts a case on the next meeting with room by itself when it is
 * referred (retried when its dossier completes) or comes back to the team; off by default, so a team that plans by hand
 * is not overtaken.
 * MEETING_AGENDA_CHECK_INTERVAL_MS: how often due agendas are looked for and published (default
 * one minute); MEETING_AGENDA_CHECKER_ENABLED=false turns the timer off (tests send the command).
 */
@Injectable()
export class MeetingCalendarSettings {
  readonly agendaLeadHours: number;
  readonly autoScheduling: boolean;
  readonly agendaCheckIntervalMs: number;
  readonly agendaCheckerEnabled: boolean;

  constructor(settings: RuntimeSettings) {
    this.agendaLeadHours = settings.number('MEETING_AGENDA_LEAD_HOURS', MEETING_PLAN_DEFAULTS.agendaLeadHours);
    if (this.agendaLeadHours < 0 || this.agendaLeadHours > 168) {
      throw new Error('MEETING_AGENDA_LEAD_HOURS must be between 0 and 168');
    }
    this.autoScheduling = settings.get('MEETING_AUTO_SCHEDULING', 'false') === 'true';
    this.agendaCheckIntervalMs = Math.max(settings.number('MEETING_AGENDA_CHECK_INTERVAL_MS', 60_000), 100);
    this.agendaCheckerEnabled = settings.get('MEETING_AGENDA_CHECKER_ENABLED', 'true') !== 'false';
  }
}
