import type { TransactionRunner } from '@rehab/messaging';
import { type AdoptedPlan, DepartmentPlan, type DepartmentPlanState } from '../../domain/department-plan.aggregate';
import type { DepartmentPlanRepository } from '../../infrastructure/department-plan.repository';
import { ReceiveAdoptedPlanCommand } from './receive-adopted-plan.command';
import { ReceiveAdoptedPlanHandler } from './receive-adopted-plan.handler';

const CASE_ID = '3b2f8c1e-5d4a-4e6b-9f0a-1c2d3e4f5a6b';

class InMemoryDepartmentPlans {
  readonly stored = new Map<string, DepartmentPlanState>();

  lockCase(): Promise<void> {
    return Promise.resolve();
  }

  findByCase(caseId: string): Promise<DepartmentPlan | null> {
    const state = this.stored.get(caseId);
    return Promise.resolve(state ? DepartmentPlan.restore(state) : null);
  }

  save(plan: DepartmentPlan): Promise<void> {
    plan.pullEvents();
    const state = plan.snapshot();
    this.stored.set(state.caseId, { ...state, version: state.version + 1 });
    return Promise.resolve();
  }
}

const immediateTransactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;

const anAdoptedPlan = (overrides: Partial<AdoptedPlan> = {}): AdoptedPlan => ({
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
      itemId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
      department: 'health-coordinator',
      description: 'Pain management course.',
      ownerId: 'hc-2',
      startsOn: '2027-01-11',
      endsOn: '2027-03-31',
    },
  ],
  ...overrides,
});

describe('ReceiveAdoptedPlanHandler', () => {
  let plans: InMemoryDepartmentPlans;
  let handler: ReceiveAdoptedPlanHandler;

  beforeEach(() => {
    plans = new InMemoryDepartmentPlans();
    handler = new ReceiveAdoptedPlanHandler(
      immediateTransactions,
      plans as unknown as DepartmentPlanRepository,
      'health-coordinator',
    );
  });

  it('should keep the department’s items when the first version of a plan arrives', async () => {
    await expect(handler.execute(new ReceiveAdoptedPlanCommand(anAdoptedPlan()))).resolves.toBe('received');
    expect(plans.stored.get(CASE_ID)?.items).toHaveLength(1);
  });

  it('should replace the items when a newer version arrives', async () => {
    await handler.execute(new ReceiveAdoptedPlanCommand(anAdoptedPlan()));
    await expect(
      handler.execute(new ReceiveAdoptedPlanCommand(anAdoptedPlan({ planVersion: 2, items: [] }))),
    ).resolves.toBe('replaced');
    expect(plans.stored.get(CASE_ID)).toMatchObject({ planVersion: 2, items: [] });
  });

  it('should ignore an older version when it arrives after a newer one', async () => {
    await handler.execute(new ReceiveAdoptedPlanCommand(anAdoptedPlan({ planVersion: 2 })));
    await expect(
      handler.execute(new ReceiveAdoptedPlanCommand(anAdoptedPlan({ planVersion: 1, items: [] }))),
    ).resolves.toBe('older-version-ignored');
    expect(plans.stored.get(CASE_ID)).toMatchObject({
      planVersion: 2,
      items: [{ description: 'Pain management course.' }],
    });
  });
});
