import type { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import {
  DepartmentPlan,
  type DepartmentPlanEvent,
  type DepartmentPlanState,
} from '../../domain/department-plan.aggregate';
import type { DepartmentPlanRepository } from '../../infrastructure/department-plan.repository';
import type { PlanItemProgressListener, PlanItemProgressReport } from '../../plan-items.options';
import { ReportPlanItemProgressCommand } from './report-plan-item-progress.command';
import { ReportPlanItemProgressHandler } from './report-plan-item-progress.handler';

const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';
const ITEM_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const UNKNOWN_ITEM_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

class InMemoryDepartmentPlans {
  readonly stored = new Map<string, DepartmentPlanState>();
  readonly published: DepartmentPlanEvent[] = [];

  lockCase(): Promise<void> {
    return Promise.resolve();
  }

  findCaseOfItem(itemId: string): Promise<string | null> {
    const state = [...this.stored.values()].find((plan) => plan.items.some((item) => item.itemId === itemId));
    return Promise.resolve(state?.caseId ?? null);
  }

  findByCase(caseId: string): Promise<DepartmentPlan | null> {
    const state = this.stored.get(caseId);
    return Promise.resolve(state ? DepartmentPlan.restore(state) : null);
  }

  save(plan: DepartmentPlan): Promise<void> {
    this.published.push(...plan.pullEvents());
    const state = plan.snapshot();
    this.stored.set(state.caseId, { ...state, version: state.version + 1 });
    return Promise.resolve();
  }
}

class RecordingListener implements PlanItemProgressListener {
  readonly reports: PlanItemProgressReport[] = [];
  progressReported(report: PlanItemProgressReport): Promise<void> {
    this.reports.push(report);
    return Promise.resolve();
  }
}

const immediateTransactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;

const report = (
  overrides: Partial<{
    itemId: string;
    status: 'not-started' | 'started' | 'completed' | 'stopped';
    note: string | null;
  }> = {},
) => {
  const values = { itemId: ITEM_ID, status: 'started' as const, note: null, ...overrides };
  return new ReportPlanItemProgressCommand(values.itemId, values.status, values.note, 'jc-9');
};

describe('ReportPlanItemProgressHandler', () => {
  let plans: InMemoryDepartmentPlans;
  let listener: RecordingListener;
  let handler: ReportPlanItemProgressHandler;

  beforeEach(async () => {
    plans = new InMemoryDepartmentPlans();
    listener = new RecordingListener();
    handler = new ReportPlanItemProgressHandler(
      immediateTransactions,
      plans as unknown as DepartmentPlanRepository,
      'job-centre',
      listener,
    );
    const plan = DepartmentPlan.receive(
      {
        caseId: CASE_ID,
        personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
        municipality: '101',
        planId: '0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f',
        planVersion: 1,
        meetingId: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
        employmentGoal: 'Ten hours a week in a shop.',
        adoptedAt: new Date('2027-01-04T10:00:00.000Z'),
        items: [
          {
            itemId: ITEM_ID,
            department: 'job-centre',
            description: 'Internship in a shop.',
            ownerId: 'jc-9',
            startsOn: '2027-01-11',
            endsOn: '2027-03-31',
          },
        ],
      },
      'job-centre',
    );
    await plans.save(plan);
    plans.published.length = 0;
  });

  it('should record the progress, publish it and tell the listener when progress is reported', async () => {
    const progress = await handler.execute(report({ note: 'Started Monday.' }));
    expect(progress).toMatchObject({ itemId: ITEM_ID, status: 'started', note: 'Started Monday.', reportedBy: 'jc-9' });
    expect(plans.stored.get(CASE_ID)?.items[0]?.status).toBe('started');
    expect(plans.published).toEqual([{ kind: 'progress-reported', progress }]);
    expect(listener.reports).toEqual([
      expect.objectContaining({
        caseId: CASE_ID,
        department: 'job-centre',
        itemId: ITEM_ID,
        status: 'started',
        municipality: '101',
      }),
    ]);
  });

  it('should refuse as not found when the item is unknown', async () => {
    await expect(handler.execute(report({ itemId: UNKNOWN_ITEM_ID }))).rejects.toMatchObject({ kind: 'not-found' });
    expect(listener.reports).toEqual([]);
  });

  it('should refuse with a rule violation and store nothing when a completed item is reported started', async () => {
    await handler.execute(report({ status: 'completed' }));
    const refusal = handler.execute(report({ status: 'started' }));
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ kind: 'rule-violated' });
    expect(plans.stored.get(CASE_ID)?.items[0]?.progress).toHaveLength(1);
  });
});
