import { randomUUID } from 'node:crypto';
import { DEPARTMENTS, type Department, type RecommendationOutcome } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';
import type { AgendaItem } from '../../meeting/domain/meeting.aggregate';

/**
 * The outcomes that are programmes and so get one joint plan (indsatsdel). A flex job and the
 * self-employed subsidy are included: teams draw up the activities that lead there (an internship
 * to clarify the hours, the company consultant's job search) in the same plan. Disability pension
 * moves the case to pension processing and never gets one.
 */
export const PLAN_OUTCOMES: readonly RecommendationOutcome[] = [
  'resource-programme',
  'job-clarification',
  'flex-job',
  'self-employed-subsidy',
];

/** One department's activity in the plan, with its owner and dates (ISO calendar dates). */
export interface PlanItem {
  itemId: string;
  department: Department;
  description: string;
  ownerId: string;
  startsOn: string;
  endsOn: string;
}

/** An item as the team writes it; naming an item of the current version keeps it (and its progress). */
export type PlanItemDraft = Omit<PlanItem, 'itemId'> & { itemId?: string | null };

export interface PlanDraft {
  employmentGoal: string;
  items: PlanItemDraft[];
  adoptedBy: string;
}

/** The recommendation the plan follows from, as the meeting holds it. */
export interface PlanBasis {
  meetingId: string;
  municipality: string;
  outcome: RecommendationOutcome;
}

/**
 * What a plan drawn up at a meeting follows from: the recommendation adopted there for the case.
 * A decision against the recommendation sends the case back to the team, so no plan follows it.
 */
export function planBasisOf(meeting: { id: string; municipality: string }, item: AgendaItem | undefined): PlanBasis {
  if (!item) throw DomainError.ruleViolated('The case is not on this meeting’s agenda.');
  if (!item.recommendation) {
    throw DomainError.ruleViolated('The team has not adopted a recommendation for the case; the plan follows from it.');
  }
  if (item.decision && !item.decision.followsRecommendation) {
    throw DomainError.ruleViolated(
      'The municipality decided against the recommendation, so the case goes back to the team; no plan follows it.',
    );
  }
  return { meetingId: meeting.id, municipality: meeting.municipality, outcome: item.recommendation.outcome };
}

/** One adopted version of the plan; a changed plan is a new version that replaces it as a whole. */
export interface PlanVersion {
  version: number;
  meetingId: string;
  outcome: RecommendationOutcome;
  employmentGoal: string;
  items: PlanItem[];
  adoptedBy: string;
  adoptedAt: Date;
}

export interface JointPlanState {
  planId: string;
  caseId: string;
  /** Pseudonymous person id. */
  personId: string;
  municipality: string;
  /** Every version adopted, oldest first. */
  versions: PlanVersion[];
}

export type JointPlanEvent = { kind: 'plan-adopted'; version: PlanVersion };

/** The one plan (indsatsdel) across departments for a case. */
export class JointPlan {
  private readonly pending: JointPlanEvent[] = [];

  private constructor(private state: JointPlanState) {}

  static adopt(
    subject: { caseId: string; personId: string },
    basis: PlanBasis,
    draft: PlanDraft,
    now: Date,
  ): JointPlan {
    const plan = new JointPlan({ ...subject, municipality: basis.municipality, planId: randomUUID(), versions: [] });
    plan.addVersion(basis, draft, now);
    return plan;
  }

  static restore(state: JointPlanState): JointPlan {
    return new JointPlan(state);
  }

  /** A changed plan: the next version, replacing the current one as a whole. */
  revise(basis: PlanBasis, draft: PlanDraft, now: Date): PlanVersion {
    return this.addVersion(basis, draft, now);
  }

  current(): PlanVersion {
    const latest = this.state.versions.at(-1);
    if (!latest) throw new Error('A joint plan without a version');
    return latest;
  }

  /** The number of versions adopted; the repository's optimistic-concurrency check reads it. */
  get version(): number {
    return this.state.versions.length;
  }

  get planId(): string {
    return this.state.planId;
  }

  snapshot(): Readonly<JointPlanState> {
    return this.state;
  }

  pullEvents(): JointPlanEvent[] {
    return this.pending.splice(0, this.pending.length);
  }

  private addVersion(basis: PlanBasis, draft: PlanDraft, now: Date): PlanVersion {
    if (basis.municipality !== this.state.municipality) {
      throw DomainError.ruleViolated('The meeting belongs to another municipality than the case’s plan.');
    }
    requireProgrammeOutcome(basis.outcome);
    const employmentGoal = draft.employmentGoal.trim();
    if (employmentGoal.length === 0) {
      throw DomainError.ruleViolated('The joint plan must always have an employment goal (employmentGoal).');
    }
    if (draft.items.length === 0) {
      throw DomainError.ruleViolated('The joint plan needs at least one item with a department, an owner and dates.');
    }
    const keptIds = new Set(this.state.versions.at(-1)?.items.map((item) => item.itemId) ?? []);
    const seen = new Set<string>();
    const items = draft.items.map((item, index) => {
      const itemId = item.itemId ?? randomUUID();
      if (item.itemId && !keptIds.has(item.itemId)) {
        throw DomainError.ruleViolated(`items[${index}].itemId is not an item of the plan's current version.`);
      }
      if (seen.has(itemId)) throw DomainError.ruleViolated(`items[${index}].itemId appears twice in the plan.`);
      seen.add(itemId);
      return requireItem({ ...item, itemId }, index);
    });
    const version: PlanVersion = {
      version: this.state.versions.length + 1,
      meetingId: basis.meetingId,
      outcome: basis.outcome,
      employmentGoal,
      items,
      adoptedBy: draft.adoptedBy,
      adoptedAt: now,
    };
    this.state = { ...this.state, versions: [...this.state.versions, version] };
    this.pending.push({ kind: 'plan-adopted', version });
    return version;
  }
}

function requireProgrammeOutcome(outcome: RecommendationOutcome): void {
  if (!PLAN_OUTCOMES.includes(outcome)) {
    throw DomainError.ruleViolated(
      `A joint plan is drawn up only when a programme is recommended (${PLAN_OUTCOMES.join(', ')}), not for ${outcome}.`,
    );
  }
}

function requireItem(item: PlanItem, index: number): PlanItem {
  if (!(DEPARTMENTS as readonly string[]).includes(item.department)) {
    throw DomainError.ruleViolated(`items[${index}].department must be one of: ${DEPARTMENTS.join(', ')}.`);
  }
  const description = item.description.trim();
  const ownerId = item.ownerId.trim();
  if (description.length === 0) throw DomainError.ruleViolated(`items[${index}].description must not be blank.`);
  if (ownerId.length === 0) throw DomainError.ruleViolated(`items[${index}].ownerId must name the owner.`);
  if (!isCalendarDate(item.startsOn) || !isCalendarDate(item.endsOn)) {
    throw DomainError.ruleViolated(`items[${index}] needs startsOn and endsOn as calendar dates (YYYY-MM-DD).`);
  }
  if (item.endsOn < item.startsOn) {
    throw DomainError.ruleViolated(`items[${index}].endsOn must not be before its startsOn.`);
  }
  return { ...item, description, ownerId };
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
