/**
 * Every topic the system uses. A name carries its version: a breaking change to what travels
 * on a topic means a new topic, an additive change keeps the name.
 */
export const Topics = {
  jobCentreCases: 'rehab.job-centre.case-events.v1',
  healthCoordinatorContributions: 'rehab.health-coordinator.contribution-events.v1',
  socialPsychiatryContributions: 'rehab.social-psychiatry.contribution-events.v1',
  companyConsultantContributions: 'rehab.company-consultant.contribution-events.v1',
  meetings: 'rehab.meeting.meeting-events.v1',
  /** A meeting's own steps, keyed by meeting id; they concern no single case. */
  meetingProceedings: 'rehab.meeting.meeting-proceedings.v1',
  gpCorrespondence: 'rehab.gp-correspondence.correspondence-events.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const ALL_TOPICS: readonly TopicName[] = Object.values(Topics);

/** Each consumer group has its own dead-letter topic, so an operator can replay to that group alone. */
export function deadLetterTopicFor(consumerGroup: string): string {
  return `rehab.${consumerGroup}.dead-letter.v1`;
}

/**
 * An operator may run several environments on one cluster; a prefix keeps them apart
 * without changing the contract names.
 */
export function physicalTopic(topic: string, prefix: string): string {
  return prefix ? `${prefix}.${topic}` : topic;
}
