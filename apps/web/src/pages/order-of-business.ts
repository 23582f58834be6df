import type { Meeting } from '../clients/meeting.client';

/** The steps of a case, in the order the meeting takes them (the meeting service enforces it). */
export const CASE_STEPS = ['presentation', 'dialogue', 'conclusion', 'citizen-questions'] as const;

export interface NextStep {
  step: string;
  caseId: string | null;
}

export interface OrderOfBusiness {
  opened: boolean;
  /** The step taken last, and its case; null before the chair opens the meeting. */
  current: { step: string; caseId: string | null; recordedAt: string; recordedBy: string } | null;
  /** The case presented and not yet finished with the citizen's questions. */
  caseUnderWay: string | null;
  /** Per case: the steps taken, and the step it may take now (null when it must wait or is done). */
  cases: Map<string, { taken: string[]; next: string | null; finished: boolean }>;
  /** The steps that may be recorded now: the opening, or the case under way's next, or any case's presentation. */
  available: NextStep[];
}

/**
 * Reads the meeting's order of business from the steps taken: the chair opens the meeting, then
 * one case at a time goes through presentation, dialogue, conclusion and the citizen's questions.
 * The page offers only the steps the meeting service will accept next.
 */
export function orderOfBusiness(meeting: Pick<Meeting, 'agenda' | 'proceedings'>): OrderOfBusiness {
  const steps = [...meeting.proceedings].sort((a, b) => a.sequence - b.sequence);
  const opened = steps.some((step) => step.step === 'opened');
  const last = steps.at(-1);
  const cases = new Map<string, { taken: string[]; next: string | null; finished: boolean }>();
  for (const item of meeting.agenda) {
    const taken = steps.filter((step) => step.caseId === item.caseId).map((step) => step.step);
    cases.set(item.caseId, {
      taken,
      next: CASE_STEPS.find((step) => !taken.includes(step)) ?? null,
      finished: taken.includes('citizen-questions'),
    });
  }
  const caseUnderWay =
    [...cases.entries()].find(([, progress]) => progress.taken.includes('presentation') && !progress.finished)?.[0] ??
    null;
  for (const [caseId, progress] of cases) {
    if (!opened || (caseUnderWay !== null && caseId !== caseUnderWay)) progress.next = null;
  }
  const available: NextStep[] = !opened
    ? [{ step: 'opened', caseId: null }]
    : [...cases.entries()]
        .filter(([, progress]) => progress.next !== null)
        .map(([caseId, progress]) => ({ step: progress.next!, caseId }));
  return {
    opened,
    current: last
      ? { step: last.step, caseId: last.caseId, recordedAt: last.recordedAt, recordedBy: last.recordedBy }
      : null,
    caseUnderWay,
    cases,
    available,
  };
}
