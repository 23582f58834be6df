import type { CaseType } from '@rehab/contracts';
import {
  ContributionTask,
  type ContributionTaskStatus,
  type ContributionVersion,
} from '../domain/contribution-task.aggregate';
import { ContributionTaskEntity, ContributionVersionEntity } from './contribution-task.entity';

export const ContributionTaskMapper = {
  toDomain(entity: ContributionTaskEntity, versions: readonly ContributionVersionEntity[]): ContributionTask {
    return ContributionTask.restore({
      id: entity.id,
      caseId: entity.caseId,
      personId: entity.personId,
      municipality: entity.municipality,
      caseType: entity.caseType as CaseType,
      status: entity.status as ContributionTaskStatus,
      openedAt: entity.openedAt,
      draft: entity.draft
        ? { content: entity.draft.content, savedBy: entity.draft.savedBy, savedAt: new Date(entity.draft.savedAt) }
        : null,
      versions: [...versions]
        .sort((left, right) => left.version - right.version)
        .map((version) => ContributionTaskMapper.versionToDomain(entity.id, version)),
      schedule:
        entity.meetingId && entity.meetingStartsAt && entity.deadline && entity.remindFrom
          ? {
              meetingId: entity.meetingId,
              meetingStartsAt: entity.meetingStartsAt,
              deadline: entity.deadline,
              remindFrom: entity.remindFrom,
            }
          : null,
      reminderAnnouncedAt: entity.reminderAnnouncedAt,
      overdueAnnouncedAt: entity.overdueAnnouncedAt,
      version: entity.version,
    });
  },

  versionToDomain(taskId: string, entity: ContributionVersionEntity): ContributionVersion {
    return {
      contributionId: taskId,
      version: entity.version,
      content: entity.content,
      submittedBy: entity.submittedBy,
      submittedAt: entity.submittedAt,
      reason: entity.reason,
    };
  },

  toEntity(task: ContributionTask): ContributionTaskEntity {
    const state = task.snapshot();
    const entity = new ContributionTaskEntity();
    Object.assign(entity, {
      id: state.id,
      caseId: state.caseId,
      personId: state.personId,
      municipality: state.municipality,
      caseType: state.caseType,
      status: state.status,
      openedAt: state.openedAt,
      draft: state.draft
        ? { content: { ...state.draft.content }, savedBy: state.draft.savedBy, savedAt: state.draft.savedAt.toISOString() }
        : null,
      meetingId: state.schedule?.meetingId ?? null,
      meetingStartsAt: state.schedule?.meetingStartsAt ?? null,
      deadline: state.schedule?.deadline ?? null,
      remindFrom: state.schedule?.remindFrom ?? null,
      reminderAnnouncedAt: state.reminderAnnouncedAt,
      overdueAnnouncedAt: state.overdueAnnouncedAt,
      latestVersion: task.latestVersion()?.version ?? 0,
      version: state.version,
    });
    return entity;
  },

  versionToEntity(taskId: string, version: ContributionVersion): ContributionVersionEntity {
    const entity = new ContributionVersionEntity();
    Object.assign(entity, {
      taskId,
      version: version.version,
      content: { ...version.content },
      submittedBy: version.submittedBy,
      submittedAt: version.submittedAt,
      reason: version.reason,
    });
    return entity;
  },
};
