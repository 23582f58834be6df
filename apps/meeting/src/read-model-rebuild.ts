import {
  CompanyConsultantContributionOverdue,
  HealthCoordinatorContributionOverdue,
  OutcomeMessageAcknowledged,
  OutcomeMessageSent,
  SocialPsychiatryContributionOverdue,
  type TopicName,
} from '@rehab/contracts';

/**
 * The meeting service's read models that only its consumers write, from other services' events,
 * and that write nothing else (no event, no message): safe to empty and build again by reading
 * their topics from the start. The dossier is not among them: meetings and agendas refer to it,
 * and its handlers announce its completion.
 */
export const REBUILDABLE_READ_MODELS = [
  {
    table: 'gp_outcome_message',
    what: 'the case timeline of GP messages',
    events: [OutcomeMessageSent, OutcomeMessageAcknowledged],
  },
  {
    table: 'overdue_contribution',
    what: 'the overdue contributions in the statistics',
    events: [
      HealthCoordinatorContributionOverdue,
      SocialPsychiatryContributionOverdue,
      CompanyConsultantContributionOverdue,
    ],
  },
] as const;

export const REBUILD_EVENT_TYPES: readonly string[] = REBUILDABLE_READ_MODELS.flatMap((model) =>
  model.events.map((event) => event.type),
);

export const REBUILD_TOPICS: readonly TopicName[] = [
  ...new Set(REBUILDABLE_READ_MODELS.flatMap((model) => model.events.map((event) => event.topic))),
];
