import { randomUUID } from 'node:crypto';
import type { CaseType, Department } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';
import type { ContributionSchedule } from './contribution-deadline';

/** The departments that deliver a contribution to the team through this library. */
export const CONTRIBUTING_DEPARTMENTS = [
  'health-coordinator',
  'social-psychiatry',
  'company-consultant',
] as const satisfies readonly Department[];
export type ContributingDepartment = (typeof CONTRIBUTING_DEPARTMENTS)[number];

export const CONTRIBUTION_TASK_STATUSES = ['open', 'submitted'] as const;
export type ContributionTaskStatus = (typeof CONTRIBUTION_TASK_STATUSES)[number];

/** A department's text, one entry per heading; each department has its own headings. */
export type ContributionContent = Readonly<Record<string, string>>;

/** Work in progress, seen by the department only. It may be incomplete. */
export interface ContributionDraft {
  content: ContributionContent;
  savedBy: string;
  savedAt: Date;
}

/** One submitted version. Versions are never changed or removed. */
export interface ContributionVersion {
  contributionId: string;
  version: number;
  content: ContributionContent;
  submittedBy: string;
  submittedAt: Date;
  /** Why an earlier version was changed; required from the second version on. */
  reason: string | null;
}

export interface ContributionTaskState {
  id: string;
  caseId: string;
  /** Pseudonymous person id; the department never sees the CPR number. */
  personId: string;
  municipality: string;
  caseType: CaseType;
  status: ContributionTaskStatus;
  openedAt: Date;
  draft: ContributionDraft | null;
  versions: readonly ContributionVersion[];
  /** The meeting the case is scheduled on and the deadline it sets; null until it is scheduled. */
  schedule: ContributionSchedule | null;
  /** When the reminder for the current deadline was announced; each deadline is reminded once. */
  reminderAnnouncedAt: Date | null;
  /** When the current deadline was announced as missed; announced once. */
  overdueAnnouncedAt: Date | null;
  version: number;
}

export type ContributionTaskEvent =
  | { kind: 'opened' }
  | { kind: 'draft-saved'; draft: ContributionDraft }
  | { kind: 'submitted'; submission: ContributionVersion }
  | { kind: 'deadline-set'; schedule: ContributionSchedule }
  | { kind: 'reminder-due'; schedule: ContributionSchedule }
  | { kind: 'overdue'; schedule: ContributionSchedule };

/**
 * Nothing can be drafted or submitted before a referral has opened the task; the referral
 * travels through Kafka, so a caseworker may simply be early.
 */
export function requireContributionTask(task: ContributionTask | null): ContributionTask {
  if (!task) {
    throw DomainError.notFound(
      'This department has no contribution task for the case. The referral may not have arrived yet; try again shortly.',
    );
  }
  return task;
}

/**
 * A department's task to contribute to one referred case: it opens when the referral arrives
 * and keeps the draft and every submitted version of the department's contribution.
 */
export class ContributionTask {
  private readonly pending: ContributionTaskEvent[] = [];

  private constructor(private state: ContributionTaskState) {}

  /** A referral concerns a department only when the job centre asked for its contribution. */
  static isRequiredOf(requiredDepartments: readonly Department[], department: ContributingDepartment): boolean {
    return requiredDepartments.includes(department);
  }

  static open(input: {
    caseId: string;
    personId: string;
    municipality: string;
    caseType: CaseType;
    now: Date;
    /** When the case was scheduled before the referral arrived here. */
    schedule?: ContributionSchedule | null;
  }): ContributionTask {
    const task = new ContributionTask({
      id: randomUUID(),
      caseId: input.caseId,
      personId: input.personId,
      municipality: input.municipality,
      caseType: input.caseType,
      status: 'open',
      openedAt: input.now,
      draft: null,
      versions: [],
      schedule: input.schedule ?? null,
      reminderAnnouncedAt: null,
      overdueAnnouncedAt: null,
      version: 0,
    });
    task.pending.push({ kind: 'opened' });
    if (input.schedule) task.pending.push({ kind: 'deadline-set', schedule: input.schedule });
    return task;
  }

  static restore(state: ContributionTaskState): ContributionTask {
    return new ContributionTask(state);
  }

  /** Replaces the draft; nobody outside the department sees it, so nothing is published. */
  saveDraft(content: ContributionContent, savedBy: string, now: Date): ContributionDraft {
    const draft: ContributionDraft = { content: { ...content }, savedBy, savedAt: now };
    this.state = { ...this.state, draft };
    this.pending.push({ kind: 'draft-saved', draft });
    return draft;
  }

  /**
   * Publishes the contribution as a new version. The team may already have read an earlier
   * version, so changing it needs a reason on record.
   */
  submit(input: { content: ContributionContent; submittedBy: string; reason?: string | null; now: Date }): ContributionVersion {
    const blank = Object.entries(input.content).filter(([, text]) => text.trim() === '');
    if (Object.keys(input.content).length === 0 || blank.length > 0) {
      throw DomainError.ruleViolated(
        `A contribution must fill in every heading${blank.length ? `; blank: ${blank.map(([heading]) => heading).join(', ')}` : ''}.`,
      );
    }
    const latest = this.latestVersion();
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    if (latest && !reason) {
      throw DomainError.ruleViolated(
        `Version ${latest.version} of this contribution has already been submitted; give a reason for the change.`,
      );
    }
    const submission: ContributionVersion = {
      // The task's id names the contribution on the wire; every version shares it.
      contributionId: this.state.id,
      version: (latest?.version ?? 0) + 1,
      content: { ...input.content },
      submittedBy: input.submittedBy,
      submittedAt: input.now,
      reason,
    };
    this.state = { ...this.state, status: 'submitted', draft: null, versions: [...this.state.versions, submission] };
    this.pending.push({ kind: 'submitted', submission });
    return submission;
  }

  /**
   * The case is (re)scheduled on a meeting: the deadline follows it. A moved deadline is a new
   * deadline, so it gets its own reminder and its own overdue announcement. Returns false when
   * nothing changed (the same scheduling delivered again).
   */
  scheduleDeadline(schedule: ContributionSchedule): boolean {
    const current = this.state.schedule;
    if (
      current &&
      current.meetingId === schedule.meetingId &&
      current.meetingStartsAt.getTime() === schedule.meetingStartsAt.getTime() &&
      current.deadline.getTime() === schedule.deadline.getTime()
    ) {
      return false;
    }
    const deadlineMoved = !current || current.deadline.getTime() !== schedule.deadline.getTime();
    this.state = {
      ...this.state,
      schedule: { ...schedule },
      ...(deadlineMoved ? { reminderAnnouncedAt: null, overdueAnnouncedAt: null } : {}),
    };
    this.pending.push({ kind: 'deadline-set', schedule });
    return true;
  }

  /**
   * Announces, at most once per deadline, that the deadline is near or has passed without a
   * submission. A deadline already passed is only announced as overdue, not reminded of too.
   */
  checkDeadline(now: Date): 'reminder-due' | 'overdue' | 'nothing-due' {
    const { schedule, status } = this.state;
    if (!schedule || status !== 'open') return 'nothing-due';
    if (now.getTime() >= schedule.deadline.getTime()) {
      if (this.state.overdueAnnouncedAt) return 'nothing-due';
      this.state = { ...this.state, overdueAnnouncedAt: now };
      this.pending.push({ kind: 'overdue', schedule });
      return 'overdue';
    }
    if (now.getTime() >= schedule.remindFrom.getTime() && !this.state.reminderAnnouncedAt) {
      this.state = { ...this.state, reminderAnnouncedAt: now };
      this.pending.push({ kind: 'reminder-due', schedule });
      return 'reminder-due';
    }
    return 'nothing-due';
  }

  latestVersion(): ContributionVersion | null {
    return this.state.versions.at(-1) ?? null;
  }

  get id(): string {
    return this.state.id;
  }

  get caseId(): string {
    return this.state.caseId;
  }

  snapshot(): Readonly<ContributionTaskState> {
    return this.state;
  }

  /** What happened since the task was loaded; the repository stores and publishes it. */
  pullEvents(): ContributionTaskEvent[] {
    return this.pending.splice(0, this.pending.length);
  }
}
