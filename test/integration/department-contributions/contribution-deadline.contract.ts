import { randomUUID } from 'node:crypto';
import { CaseReferred, CaseScheduled, Topics } from '@rehab/contracts';
import { CheckContributionDeadlinesCommand } from '@rehab/department-contributions';
import { companyConsultantService } from '../../../apps/company-consultant/src/service-definition';
import { eventually } from '../../support/environment';
import { type DepartmentHarness, referral, type StartDepartment } from './department-contributions.harness';

interface ContributionBody {
  status: string;
  deadline: { meetingId: string; deadline: string; overdueAnnouncedAt: string | null } | null;
}

interface QueueLine {
  caseId: string;
  deadline: string | null;
  meetingStartsAt: string | null;
}

/** The deadline, reminder and overdue flow of one department, run once per transport. */
export function contributionDeadlineContract(startDepartment: StartDepartment): void {
  let service: DepartmentHarness;

  beforeAll(async () => {
    service = await startDepartment(companyConsultantService, Topics.companyConsultantContributions);
  });

  afterAll(async () => {
    await service.close();
  });

  const refer = async () => {
    const payload = referral();
    await service.publish(CaseReferred, payload, payload);
    await eventually(
      async () => (await service.request('GET', `/api/cases/${payload.caseId}/contribution`)).status === 200,
      {
        what: 'the referral to open the task',
      },
    );
    return payload;
  };

  const schedule = (subject: { caseId: string; personId: string }, startsAt: string, meetingId = randomUUID()) =>
    service.publish(CaseScheduled, { caseId: subject.caseId, meetingId, startsAt }, subject).then(() => meetingId);

  const contributionOf = async (caseId: string) =>
    (await service.request<ContributionBody>('GET', `/api/cases/${caseId}/contribution`)).body;

  const eventsOf = (caseId: string, type: string) =>
    service.published.filter((event) => event.caseId === caseId && event.type === type);

  it('should show no deadline when the task is opened by a referral before scheduling', async () => {
    const payload = await refer();
    expect((await contributionOf(payload.caseId)).deadline).toBeNull();
  });

  it('should set the deadline and show it in the work queue when the case is scheduled', async () => {
    const payload = await refer();
    // Monday 7 December 2026, 09:00 Danish time: three working days back is Wednesday 2 December.
    const meetingId = await schedule(payload, '2026-12-07T08:00:00.000Z');
    const deadline = await eventually(async () => (await contributionOf(payload.caseId)).deadline, {
      what: 'the deadline to be set',
    });
    expect(deadline).toMatchObject({ meetingId, deadline: '2026-12-02T08:00:00.000Z' });
    const queue = await service.request<QueueLine[]>('GET', '/api/contribution-tasks?municipality=101');
    expect(queue.body.find((line) => line.caseId === payload.caseId)).toMatchObject({
      deadline: '2026-12-02T08:00:00.000Z',
      meetingStartsAt: '2026-12-07T08:00:00.000Z',
    });
  });

  it('should move the deadline when the case is re-scheduled', async () => {
    const payload = await refer();
    await schedule(payload, '2026-12-07T08:00:00.000Z');
    const laterMeeting = await schedule(payload, '2026-12-14T08:00:00.000Z');
    const deadline = await eventually(
      async () => {
        const current = (await contributionOf(payload.caseId)).deadline;
        return current?.meetingId === laterMeeting ? current : undefined;
      },
      { what: 'the deadline to move' },
    );
    expect(deadline.deadline).toBe('2026-12-09T08:00:00.000Z');
  });

  it('should announce each deadline with its due date when the case is scheduled and then moved', async () => {
    const payload = await refer();
    const firstMeeting = await schedule(payload, '2026-12-07T08:00:00.000Z');
    const laterMeeting = await schedule(payload, '2026-12-14T08:00:00.000Z');
    const announced = await eventually(
      () => {
        const seen = eventsOf(payload.caseId, 'company-consultant.contribution-deadline-set');
        return Promise.resolve(seen.length === 2 ? seen : undefined);
      },
      { what: 'both deadlines to be announced' },
    );
    expect(announced.map((event) => event.payload)).toEqual([
      expect.objectContaining({ meetingId: firstMeeting, deadline: '2026-12-02T08:00:00.000Z' }),
      expect.objectContaining({ meetingId: laterMeeting, deadline: '2026-12-09T08:00:00.000Z' }),
    ]);
    expect(announced[0]).toMatchObject({ caseId: payload.caseId, subjectId: payload.personId, municipality: '101' });
  });

  it('should take the deadline when the case was scheduled before the referral arrived', async () => {
    const payload = referral();
    await schedule(payload, '2026-12-07T08:00:00.000Z');
    await service.publish(CaseReferred, payload, payload);
    const deadline = await eventually(
      async () => {
        const response = await service.request<ContributionBody>('GET', `/api/cases/${payload.caseId}/contribution`);
        return response.status === 200 ? response.body.deadline : undefined;
      },
      { what: 'the task to open with a deadline' },
    );
    expect(deadline.deadline).toBe('2026-12-02T08:00:00.000Z');
  });

  it('should announce the reminder and then overdue once each when the deadline passes without a submission', async () => {
    const payload = await refer();
    await schedule(payload, '2027-02-01T08:00:00.000Z');
    await eventually(async () => (await contributionOf(payload.caseId)).deadline, { what: 'the deadline to be set' });

    // Deadline Wednesday 27 January 2027 09:00; the reminder is due from Tuesday 26 January.
    await service.commands.execute(new CheckContributionDeadlinesCommand(new Date('2027-01-26T09:00:00.000Z')));
    await service.commands.execute(new CheckContributionDeadlinesCommand(new Date('2027-01-26T10:00:00.000Z')));
    await service.commands.execute(new CheckContributionDeadlinesCommand(new Date('2027-01-27T09:00:00.000Z')));
    await service.commands.execute(new CheckContributionDeadlinesCommand(new Date('2027-01-28T09:00:00.000Z')));

    await eventually(
      () => Promise.resolve(eventsOf(payload.caseId, 'company-consultant.contribution-overdue').length > 0),
      {
        what: 'the overdue event to be relayed',
      },
    );
    expect(eventsOf(payload.caseId, 'company-consultant.contribution-reminder-due')).toHaveLength(1);
    const overdue = eventsOf(payload.caseId, 'company-consultant.contribution-overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({
      subjectId: payload.personId,
      municipality: '101',
      payload: {
        caseId: payload.caseId,
        deadline: '2027-01-27T08:00:00.000Z',
        meetingStartsAt: '2027-02-01T08:00:00.000Z',
      },
    });
    expect((await contributionOf(payload.caseId)).deadline?.overdueAnnouncedAt).toBe('2027-01-27T09:00:00.000Z');
  });

  it('should announce nothing when the contribution is submitted before the deadline', async () => {
    const payload = await refer();
    await schedule(payload, '2027-03-01T08:00:00.000Z');
    await eventually(async () => (await contributionOf(payload.caseId)).deadline, { what: 'the deadline to be set' });
    const submitted = await service.request('POST', `/api/cases/${payload.caseId}/contribution/submissions`, {
      jobPossibilities: 'Internship in retail.',
      jobDemands: 'Standing work, 15 hours a week.',
      submittedBy: 'cc-3',
    });
    expect(submitted.status).toBe(201);
    await service.commands.execute(new CheckContributionDeadlinesCommand(new Date('2027-03-02T09:00:00.000Z')));
    await eventually(
      () => Promise.resolve(eventsOf(payload.caseId, 'company-consultant.job-assessment-submitted').length > 0),
      { what: 'the submission to be relayed' },
    );
    expect(eventsOf(payload.caseId, 'company-consultant.contribution-overdue')).toHaveLength(0);
    expect(eventsOf(payload.caseId, 'company-consultant.contribution-reminder-due')).toHaveLength(0);
  });
}
