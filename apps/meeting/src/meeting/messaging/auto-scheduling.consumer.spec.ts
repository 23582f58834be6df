import { randomUUID } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import { createEnvelope, DossierCompleted } from '@rehab/contracts';
import { DomainError, RuntimeSettings } from '@rehab/platform';
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

  it('should refuse to start when the agenda lead time is out of range', () => {
    expect(() => new MeetingCalendarSettings(new RuntimeSettings({ MEETING_AGENDA_LEAD_HOURS: '500' }))).toThrow(
      /MEETING_AGENDA_LEAD_HOURS/,
    );
  });
});
