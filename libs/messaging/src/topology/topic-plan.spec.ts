import { ALL_TOPICS, deadLetterTopicFor } from '@rehab/contracts';
import { DEFAULT_TOPIC_PLAN_SETTINGS, topicPlan } from './topic-plan';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('topic plan', () => {
  it('should list every contract topic and one dead-letter topic per consumer group', () => {
    const plan = topicPlan(['meeting', 'job-centre']);
    expect(plan.map((spec) => spec.topic)).toEqual([
      ...ALL_TOPICS,
      deadLetterTopicFor('meeting'),
      deadLetterTopicFor('job-centre'),
    ]);
  });

  it('should keep dead letters longer than events, both deleted by age rather than compacted', () => {
    const plan = topicPlan(['meeting']);
    const events = plan.find((spec) => spec.topic === ALL_TOPICS[0]);
    const deadLetters = plan.find((spec) => spec.topic === deadLetterTopicFor('meeting'));
    expect(events?.config).toEqual({
      'cleanup.policy': 'delete',
      'retention.ms': String(DEFAULT_TOPIC_PLAN_SETTINGS.eventRetentionDays * DAY_MS),
    });
    expect(Number(deadLetters?.config['retention.ms'])).toBeGreaterThan(Number(events?.config['retention.ms']));
    expect(deadLetters?.config['cleanup.policy']).toBe('delete');
  });

  it('should prefix every topic and carry the partition count and retention it is given', () => {
    const plan = topicPlan(['meeting'], {
      prefix: 'staging',
      partitions: 12,
      eventRetentionDays: 7,
      deadLetterRetentionDays: 30,
    });
    expect(plan.every((spec) => spec.topic.startsWith('staging.rehab.'))).toBe(true);
    expect(plan.every((spec) => spec.partitions === 12)).toBe(true);
    expect(plan[0].config['retention.ms']).toBe(String(7 * DAY_MS));
    expect(plan[plan.length - 1].config['retention.ms']).toBe(String(30 * DAY_MS));
  });
});
