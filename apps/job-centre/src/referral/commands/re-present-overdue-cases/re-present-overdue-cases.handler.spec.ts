import type { TransactionRunner } from '@rehab/messaging';
import { DomainError } from '@rehab/platform';
import {
  RehabilitationCase,
  type RehabilitationCaseEvent,
  type RehabilitationCaseState,
} from '../../domain/rehabilitation-case.aggregate';
import type { RehabilitationCaseRepository } from '../../infrastructure/rehabilitation-case.repository';
import { RePresentOverdueCasesCommand } from './re-present-overdue-cases.command';
import { RePresentOverdueCasesHandler } from './re-present-overdue-cases.handler';

const decidedCase = (overrides: Partial<RehabilitationCaseState> = {}): RehabilitationCaseState => {
  const referred = RehabilitationCase.refer({
    municipality: '101',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    caseType: 'resource-programme',
    coordinatingCaseworkerId: 'cw-17',
    generalPractitioner: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
    citizenBirthDate: new Date(Date.UTC(1980, 4, 17)),
    hasVocationalQualification: false,
    now: new Date('2026-01-05T09:00:00Z'),
  });
  referred.recordDecision({
    decisionId: '5a0f7e1e-2b7c-4c52-9f0e-3d8a9b1c2d3e',
    outcome: 'resource-programme',
    followsRecommendation: true,
    decidedAt: new Date('2026-01-10T12:00:00Z'),
  });
  return { ...referred.snapshot(), version: 1, ...overrides };
};

/** Keeps cases in memory; a case id in `conflicting` fails its save as a concurrent change would. */
class InMemoryCases {
  readonly stored = new Map<string, RehabilitationCaseState>();
  readonly published: RehabilitationCaseEvent[] = [];
  readonly conflicting = new Set<string>();
  lastCutoff: Date | undefined;

  idsAwaitingFirstActivity(decidedBefore: Date): Promise<string[]> {
    this.lastCutoff = decidedBefore;
    return Promise.resolve([...this.stored.keys()]);
  }

  get(caseId: string): Promise<RehabilitationCase> {
    const state = this.stored.get(caseId);
    return state
      ? Promise.resolve(RehabilitationCase.restore(state))
      : Promise.reject(DomainError.notFound('No such case.'));
  }

  save(rehabilitationCase: RehabilitationCase): Promise<void> {
    const state = rehabilitationCase.snapshot();
    if (this.conflicting.has(state.id)) {
      return Promise.reject(DomainError.conflict('The case was changed by someone else; reload it and try again.'));
    }
    this.published.push(...rehabilitationCase.pullEvents());
    this.stored.set(state.id, { ...state, version: state.version + 1 });
    return Promise.resolve();
  }
}

const immediateTransactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;

describe('RePresentOverdueCasesHandler', () => {
  const now = new Date('2026-07-11T00:00:00Z');

  const setUp = (...states: RehabilitationCaseState[]) => {
    const cases = new InMemoryCases();
    for (const state of states) cases.stored.set(state.id, state);
    const handler = new RePresentOverdueCasesHandler(
      immediateTransactions,
      cases as unknown as RehabilitationCaseRepository,
    );
    return { cases, handler };
  };

  it('should re-present each overdue case once when the check runs twice', async () => {
    const overdue = decidedCase();
    const { cases, handler } = setUp(overdue);
    expect(await handler.execute(new RePresentOverdueCasesCommand(now))).toEqual([overdue.id]);
    expect(await handler.execute(new RePresentOverdueCasesCommand(now))).toEqual([]);
    expect(cases.published.map((event) => event.kind)).toEqual(['re-presented']);
  });

  it('should leave a case alone when its first activity has started', async () => {
    const { cases, handler } = setUp(decidedCase({ activityStartedAt: new Date('2026-03-01T08:00:00Z') }));
    expect(await handler.execute(new RePresentOverdueCasesCommand(now))).toEqual([]);
    expect(cases.published).toEqual([]);
  });

  it('should skip a case and go on with the others when another checker changed it first', async () => {
    const raced = decidedCase();
    const other = decidedCase({ id: '9c7d1f0e-1111-4a2b-8c3d-4e5f6a7b8c9d' });
    const { cases, handler } = setUp(raced, other);
    cases.conflicting.add(raced.id);
    expect(await handler.execute(new RePresentOverdueCasesCommand(now))).toEqual([other.id]);
  });

  it('should ask only for cases decided about 6 months before now when it looks for candidates', async () => {
    const { cases, handler } = setUp();
    await handler.execute(new RePresentOverdueCasesCommand(now));
    expect(cases.lastCutoff).toEqual(new Date('2026-01-12T00:00:00Z'));
  });
});
