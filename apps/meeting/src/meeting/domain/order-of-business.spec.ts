import { DomainError } from '@rehab/platform';
import { nextProceedingStep, type ProceedingStep } from './order-of-business';

const FIRST = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const SECOND = '1c7f4e2f-7b1d-4d8f-8e2b-3f4a5b6c7d8e';
const AGENDA = [FIRST, SECOND];
const NOW = new Date('2026-12-03T09:05:00Z');

const input = (overrides: Partial<{ step: string; caseId: string | null; recordedBy: string }> = {}) => ({
  step: 'opened',
  caseId: null,
  recordedBy: 'minute-taker-1',
  ...overrides,
});

/** Takes the steps in turn, as a meeting would, and returns what was recorded. */
const taken = (...steps: [string, string | null][]): ProceedingStep[] =>
  steps.reduce<ProceedingStep[]>(
    (held, [step, caseId]) => [...held, nextProceedingStep(held, input({ step, caseId }), AGENDA, NOW)],
    [],
  );

const refusal = (act: () => unknown): string => {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'rule-violated') return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('the order of business', () => {
  it('should record each step with its time and sequence when the steps come in order', () => {
    const steps = taken(
      ['opened', null],
      ['presentation', FIRST],
      ['dialogue', FIRST],
      ['conclusion', FIRST],
      ['citizen-questions', FIRST],
      ['presentation', SECOND],
    );
    expect(steps.map((step) => [step.sequence, step.step, step.caseId])).toEqual([
      [1, 'opened', null],
      [2, 'presentation', FIRST],
      [3, 'dialogue', FIRST],
      [4, 'conclusion', FIRST],
      [5, 'citizen-questions', FIRST],
      [6, 'presentation', SECOND],
    ]);
    expect(steps[0]).toMatchObject({ recordedBy: 'minute-taker-1', recordedAt: NOW });
  });

  it('should refuse a case step when the meeting has not been opened', () => {
    expect(refusal(() => nextProceedingStep([], input({ step: 'presentation', caseId: FIRST }), AGENDA, NOW))).toMatch(
      /must open the meeting before the presentation/,
    );
  });

  it('should refuse the opening when the meeting is already open', () => {
    expect(refusal(() => nextProceedingStep(taken(['opened', null]), input(), AGENDA, NOW))).toBe(
      'The meeting has already been opened.',
    );
  });

  it('should refuse the opening when it names a case', () => {
    expect(refusal(() => nextProceedingStep([], input({ caseId: FIRST }), AGENDA, NOW))).toMatch(/names no case/);
  });

  it('should refuse a case step when it names no case', () => {
    expect(
      refusal(() => nextProceedingStep(taken(['opened', null]), input({ step: 'dialogue' }), AGENDA, NOW)),
    ).toMatch(/concerns one case/);
  });

  it('should refuse a step when it skips the one before it', () => {
    const steps = taken(['opened', null], ['presentation', FIRST]);
    expect(refusal(() => nextProceedingStep(steps, input({ step: 'conclusion', caseId: FIRST }), AGENDA, NOW))).toMatch(
      /next step is dialogue, not conclusion/,
    );
  });

  it('should refuse a step when it is taken twice', () => {
    const steps = taken(['opened', null], ['presentation', FIRST], ['dialogue', FIRST]);
    expect(refusal(() => nextProceedingStep(steps, input({ step: 'dialogue', caseId: FIRST }), AGENDA, NOW))).toMatch(
      /next step is conclusion, not dialogue/,
    );
  });

  it('should refuse any further step when the case is finished', () => {
    const steps = taken(
      ['opened', null],
      ['presentation', FIRST],
      ['dialogue', FIRST],
      ['conclusion', FIRST],
      ['citizen-questions', FIRST],
    );
    expect(refusal(() => nextProceedingStep(steps, input({ step: 'dialogue', caseId: FIRST }), AGENDA, NOW))).toMatch(
      /order of business is finished/,
    );
  });

  it('should refuse the next case when the case before it is still under way', () => {
    const steps = taken(['opened', null], ['presentation', FIRST], ['dialogue', FIRST]);
    expect(
      refusal(() => nextProceedingStep(steps, input({ step: 'presentation', caseId: SECOND }), AGENDA, NOW)),
    ).toMatch(/Another case is still under way/);
  });

  it('should refuse a case when it is not on the agenda', () => {
    const other = '2d8a5f30-8c2e-4e9a-9f3c-4a5b6c7d8e9f';
    expect(
      refusal(() =>
        nextProceedingStep(taken(['opened', null]), input({ step: 'presentation', caseId: other }), AGENDA, NOW),
      ),
    ).toMatch(/not on this meeting/);
  });

  it('should refuse a step when it is unknown or nobody recorded it', () => {
    expect(refusal(() => nextProceedingStep([], input({ step: 'lunch' }), AGENDA, NOW))).toMatch(/must be one of/);
    expect(refusal(() => nextProceedingStep([], input({ recordedBy: ' ' }), AGENDA, NOW))).toMatch(/who recorded/);
  });
});
