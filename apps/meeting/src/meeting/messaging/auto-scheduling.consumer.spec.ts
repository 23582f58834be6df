import { randomUUID } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import { CaseReferred, createEnvelope, DossierCompleted } from '@rehab/contracts';
import { DomainError, RuntimeSettings } from '@rehab/platform';
import { RecordReferralCommand } from '../../dossier/commands/record-referral/record-referral.command';
import { PlaceCaseOnNextMeetingCommand } from '../commands/place-case-on-next-meeting/place-case-on-next-meeting.command';
import { MeetingCalendarSettings } from '../infrastructure/meeting-calendar.settings';
import { AutoSchedulingConsumer } from './auto-scheduling.consumer';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';

const completed = () =>
  createEnvelope(
    DossierCompleted,
    {
      caseId: CASE_ID,
      contributions: [{ department: 'job-centre', contributionId: randomUUID(), version: 1 }],
      completedAt: new Date().toISOString(),
    },
    {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'service', id: 'meeting' },
      subjectId: randomUUID(),
      caseId: CASE_ID,
      municipality: '101',
    },
  );

const REFERRED_AT = '2026-11-02T08:00:00.000Z';

const referred = () =>
  createEnvelope(
    CaseReferred,
    {
      caseId: CASE_ID,
      personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
      caseType: 'resource-programme',
      coordinatingCaseworkerId: 'cw-1',
      requiredDepartments: ['job-centre', 'health-coordinator'],
      generalPractitioner: { sorCode: '123456789012345', name: 'Lægehuset' },
      referredAt: REFERRED_AT,
    },
    {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'service', id: 'job-centre' },
      subjectId: randomUUID(),
      caseId: CASE_ID,
      municipality: '101',
    },
  );

function consumerWith(settings: Record<string, string>, outcome: () => Promise<unknown> = () => Promise.resolve()) {
  const executed: unknown[] = [];
  const commands = {
    execute: (command: unknown) => {
      executed.push(command);
      return outcome();
    },
  } as unknown as CommandBus;
  return {
    consumer: new AutoSchedulingConsumer(commands, new MeetingCalendarSettings(new RuntimeSettings(settings))),
    executed,
  };
}

describe('AutoSchedulingConsumer', () => {
  it('should leave the case for the team to schedule when auto-scheduling is off', async () => {
    const { consumer, executed } = consumerWith({});
    await consumer.dossierCompleted(completed());
    expect(executed).toEqual([]);
  });

  it('should put the case on the next meeting with room when auto-scheduling is on', async () => {
    const { consumer, executed } = consumerWith({ MEETING_AUTO_SCHEDULING: 'true' });
    await consumer.dossierCompleted(completed());
    expect(executed).toEqual([new PlaceCaseOnNextMeetingCommand(CASE_ID)]);
  });

  it('should let the case wait without failing the message when no meeting has room', async () => {
    const { consumer } = consumerWith({ MEETING_AUTO_SCHEDULING: 'true' }, () =>
      Promise.reject(DomainError.ruleViolated('No coming meeting has room.')),
    );
    await expect(consumer.dossierCompleted(completed())).resolves.toBeUndefined();
  });

  it('should fail the message so it is retried when the meeting changed concurrently', async () => {
    const { consumer } = consumerWith({ MEETING_AUTO_SCHEDULING: 'true' }, () =>
      Promise.reject(DomainError.conflict('changed')),
    );
    await expect(consumer.dossierCompleted(completed())).rejects.toThrow('changed');
  });

  it('should open the dossier and leave the case for the team to schedule when a case is referred and auto-scheduling is off', async () => {
    const { consumer, executed } = consumerWith({});
    await consumer.caseReferred(referred());
    expect(executed).toEqual([
      new RecordReferralCommand({
        caseId: CASE_ID,
        personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
        municipality: '101',
        caseType: 'resource-programme',
        requiredDepartments: ['job-centre', 'health-coordinator'],
        requiredMembers: null,
        referredAt: new Date(REFERRED_AT),
      }),
    ]);
  });

  it('should put the case on the next meeting with room right after its referral when auto-scheduling is on', async () => {
    const { consumer, executed } = consumerWith({ MEETING_AUTO_SCHEDULING: 'true' });
    await consumer.caseReferred(referred());
    expect(executed).toHaveLength(2);
    expect(executed[0]).toBeInstanceOf(RecordReferralCommand);
    expect(executed[1]).toEqual(new PlaceCaseOnNextMeetingCommand(CASE_ID));
  });

  it('should refuse to start when the agenda lead time is out of range', () => {
    expect(() => new MeetingCalendarSettings(new RuntimeSettings({ MEETING_AGENDA_LEAD_HOURS: '500' }))).toThrow(
      /MEETING_AGENDA_LEAD_HOURS/,
    );
  });
});
