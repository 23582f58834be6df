import { DomainError } from '@rehab/platform';

/**
 * The order of business at a meeting: the chair opens it; then, per case, the citizen and
 * caseworker present the preparatory part, the team holds its dialogue, the chair sums up and
 * concludes, and the citizen asks questions.
 */
export const PROCEEDING_STEPS = ['opened', 'presentation', 'dialogue', 'conclusion', 'citizen-questions'] as const;
export type ProceedingStepKind = (typeof PROCEEDING_STEPS)[number];

/** The steps taken per case, in their order. */
export const CASE_STEPS: readonly ProceedingStepKind[] = [
  'presentation',
  'dialogue',
  'conclusion',
  'citizen-questions',
];

/** One step of the order of business, with when it was taken. */
export interface ProceedingStep {
  sequence: number;
  step: ProceedingStepKind;
  /** The case the step concerns; null for the opening, which concerns the whole meeting. */
  caseId: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * The next step, checked against the steps taken so far: the meeting is opened once and first;
 * a case's steps come in order, each once; and one case is finished (the citizen's questions)
 * before the next case is presented.
 */
export function nextProceedingStep(
  taken: readonly ProceedingStep[],
  input: { step: string; caseId: string | null; recordedBy: string },
  agendaCaseIds: readonly string[],
  now: Date,
): ProceedingStep {
  const step = requireStep(input.step);
  const recordedBy = input.recordedBy.trim();
  if (recordedBy.length === 0) throw DomainError.ruleViolated('A step of the order of business needs who recorded it.');
  const opened = taken.some((held) => held.step === 'opened');
  const next = { sequence: taken.length + 1, step, recordedBy, recordedAt: now };

  if (step === 'opened') {
    if (input.caseId !== null) {
      throw DomainError.ruleViolated('The chair opens the meeting as a whole; the opening names no case.');
    }
    if (opened) throw DomainError.ruleViolated('The meeting has already been opened.');
    return { ...next, caseId: null };
  }

  const caseId = input.caseId;
  if (caseId === null) throw DomainError.ruleViolated(`The ${step} step concerns one case; name it (caseId).`);
  if (!opened) throw DomainError.ruleViolated(`The chair must open the meeting before the ${step} of a case.`);
  if (!agendaCaseIds.includes(caseId)) throw DomainError.ruleViolated('The case is not on this meeting’s agenda.');

  const doneForCase = taken.filter((held) => held.caseId === caseId).map((held) => held.step);
  const expected = CASE_STEPS.find((candidate) => !doneForCase.includes(candidate));
  if (expected === undefined) {
    throw DomainError.ruleViolated('The case’s order of business is finished: the citizen has asked their questions.');
  }
  if (step !== expected) {
    throw DomainError.ruleViolated(
      `Out of order: the case’s next step is ${expected}, not ${step} (presentation, dialogue, conclusion, then the citizen’s questions).`,
    );
  }
  if (step === 'presentation') {
    const underWay = caseUnderWay(taken);
    if (underWay !== null) {
      throw DomainError.ruleViolated(
        'Another case is still under way; finish it with the citizen’s questions before presenting the next.',
      );
    }
  }
  return { ...next, caseId };
}

/** The case presented but not yet finished with the citizen's questions, if any. */
function caseUnderWay(taken: readonly ProceedingStep[]): string | null {
  const presented = taken.filter((held) => held.step === 'presentation').map((held) => held.caseId);
  const finished = new Set(taken.filter((held) => held.step === 'citizen-questions').map((held) => held.caseId));
  return presented.find((caseId) => !finished.has(caseId)) ?? null;
}

function requireStep(step: string): ProceedingStepKind {
  if (!(PROCEEDING_STEPS as readonly string[]).includes(step)) {
    throw DomainError.ruleViolated(`The step must be one of: ${PROCEEDING_STEPS.join(', ')}.`);
  }
  return step as ProceedingStepKind;
}
