import { Dossier, type Referral } from '../domain/dossier.aggregate';
import type { DossierSchedule } from '../infrastructure/dossier-schedule.repository';
import { toDossierView } from './dossier.view';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const NOW = new Date('2026-11-10T09:00:00Z');
const STARTS_AT = new Date('2026-11-20T09:00:00Z');

const referral = (overrides: Partial<Referral> = {}): Referral => ({
  caseId: CASE_ID,
  personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  municipality: '101',
  caseType: 'resource-programme',
  requiredDepartments: ['job-centre', 'health-coordinator', 'company-consultant'],
  referredAt: NOW,
  ...overrides,
});

const schedule = (overrides: Partial<DossierSchedule> = {}): DossierSchedule => ({
  meetingId: '22222222-2222-4222-8222-222222222222',
  startsAt: STARTS_AT,
  deadlines: [],
  overdue: [],
  ...overrides,
});

const withJobCentre = () => {
  const dossier = Dossier.openOnReferral(referral(), NOW);
  dossier.recordContribution(
    {
      department: 'job-centre',
      contributionId: '11111111-1111-4111-8111-111111111111',
      version: 1,
      submittedBy: 'cw-1',
      submittedAt: NOW,
      content: { summary: 'Text' },
    },
    NOW,
  );
  return dossier;
};

describe('toDossierView', () => {
  it('should show no meeting and no due dates when the case waits for scheduling', () => {
    const view = toDossierView(withJobCentre(), null);
    expect(view.scheduledMeeting).toBeNull();
    expect(view.contributions.map((contribution) => contribution.dueBy)).toEqual([null, null, null]);
  });

  it('should show the meeting and its start as the latest due date of each missing contribution when the case is scheduled', () => {
    const view = toDossierView(withJobCentre(), schedule());
    expect(view.scheduledMeeting).toEqual({
      meetingId: '22222222-2222-4222-8222-222222222222',
      startsAt: STARTS_AT.toISOString(),
    });
    expect(view.contributions.map(({ department, dueBy, overdue }) => ({ department, dueBy, overdue }))).toEqual([
      { department: 'job-centre', dueBy: null, overdue: false },
      { department: 'health-coordinator', dueBy: STARTS_AT.toISOString(), overdue: false },
      { department: 'company-consultant', dueBy: STARTS_AT.toISOString(), overdue: false },
    ]);
  });

  it('should show the department’s announced deadline as the due date of its missing contribution when it set one', () => {
    const deadline = new Date('2026-11-17T09:00:00Z');
    const view = toDossierView(
      withJobCentre(),
      schedule({ deadlines: [{ department: 'health-coordinator', deadline }] }),
      NOW,
    );
    expect(
      view.contributions.map(({ department, dueBy, dueBySource, overdue }) => ({
        department,
        dueBy,
        dueBySource,
        overdue,
      })),
    ).toEqual([
      { department: 'job-centre', dueBy: null, dueBySource: null, overdue: false },
      {
        department: 'health-coordinator',
        dueBy: deadline.toISOString(),
        dueBySource: 'department-deadline',
        overdue: false,
      },
      {
        department: 'company-consultant',
        dueBy: STARTS_AT.toISOString(),
        dueBySource: 'meeting-start',
        overdue: false,
      },
    ]);
  });

  it('should mark a contribution overdue with the department’s own deadline when the department announced it overdue', () => {
    const deadline = new Date('2026-11-18T09:00:00Z');
    const view = toDossierView(
      withJobCentre(),
      schedule({ overdue: [{ department: 'company-consultant', deadline }] }),
    );
    expect(view.contributions.find((contribution) => contribution.department === 'company-consultant')).toMatchObject({
      status: 'missing',
      dueBy: deadline.toISOString(),
      overdue: true,
    });
  });
});
