import type { ProceedingStep } from '../clients/meeting.client';
import { orderOfBusiness } from './order-of-business';

const agenda = [{ caseId: 'case-a' }, { caseId: 'case-b' }] as Parameters<typeof orderOfBusiness>[0]['agenda'];

function taken(...steps: [string, string | null][]): ProceedingStep[] {
  return steps.map(([step, caseId], index) => ({
    sequence: index + 1,
    step,
    caseId,
    recordedBy: 'minute-taker-1',
    recordedAt: `2026-12-01T09:0${index}:00.000Z`,
  }));
}

describe('orderOfBusiness', () => {
  it('should offer only the opening when the chair has not opened the meeting', () => {
    const order = orderOfBusiness({ agenda, proceedings: [] });
    expect(order.opened).toBe(false);
    expect(order.current).toBeNull();
    expect(order.available).toEqual([{ step: 'opened', caseId: null }]);
    expect(order.cases.get('case-a')?.next).toBeNull();
  });

  it('should offer every case’s presentation when the meeting is open and no case is under way', () => {
    const order = orderOfBusiness({ agenda, proceedings: taken(['opened', null]) });
    expect(order.available).toEqual([
      { step: 'presentation', caseId: 'case-a' },
      { step: 'presentation', caseId: 'case-b' },
    ]);
    expect(order.current?.step).toBe('opened');
  });

  it('should offer only the next step of the case under way when a case has been presented', () => {
    const order = orderOfBusiness({
      agenda,
      proceedings: taken(['opened', null], ['presentation', 'case-b'], ['dialogue', 'case-b']),
    });
    expect(order.caseUnderWay).toBe('case-b');
    expect(order.available).toEqual([{ step: 'conclusion', caseId: 'case-b' }]);
    expect(order.cases.get('case-a')?.next).toBeNull();
    expect(order.current).toMatchObject({ step: 'dialogue', caseId: 'case-b' });
  });

  it('should go on to the remaining cases when one is finished with the citizen’s questions', () => {
    const order = orderOfBusiness({
      agenda,
      // Out of sequence on purpose: the page orders the steps by their sequence number.
      proceedings: taken(
        ['opened', null],
        ['presentation', 'case-a'],
        ['dialogue', 'case-a'],
        ['conclusion', 'case-a'],
        ['citizen-questions', 'case-a'],
      ).reverse(),
    });
    expect(order.caseUnderWay).toBeNull();
    expect(order.cases.get('case-a')).toMatchObject({ finished: true, next: null });
    expect(order.available).toEqual([{ step: 'presentation', caseId: 'case-b' }]);
    expect(order.current).toMatchObject({ step: 'citizen-questions', caseId: 'case-a' });
  });
});
