import type { CommandBus } from '@nestjs/cqrs';
import {
  createEnvelope,
  type EnvelopeOf,
  HealthAssessmentSubmitted,
  JobAssessmentSubmitted,
  PreparatoryPartSubmitted,
  SocialAssessmentSubmitted,
} from '@rehab/contracts';
import { HANDLES_EVENT } from '@rehab/messaging';
import { RecordContributionCommand } from '../commands/record-contribution/record-contribution.command';
import { ContributionSubmittedConsumer } from './contribution-submitted.consumer';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const PERSON_ID = '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c';

const contributionFields = (overrides: Partial<{ version: number; submittedBy: string }> = {}) => ({
  caseId: CASE_ID,
  contributionId: '22222222-2222-4222-8222-222222222222',
  version: 1,
  submittedBy: 'hc-4',
  submittedAt: '2026-11-05T10:00:00.000Z',
  ...overrides,
});

const metadata = {
  correlationId: 'correlation-1',
  causationId: null,
  actor: { kind: 'user' as const, id: 'hc-4' },
  subjectId: PERSON_ID,
  caseId: CASE_ID,
  municipality: '101',
};

function consumerWithRecordedCommands() {
  const executed: RecordContributionCommand[] = [];
  const commands = { execute: (command: RecordContributionCommand) => Promise.resolve(void executed.push(command)) };
  return { consumer: new ContributionSubmittedConsumer(commands as unknown as CommandBus), executed };
}

describe('ContributionSubmittedConsumer', () => {
  it('should handle every department contribution event when the service consumes', () => {
    const prototype = ContributionSubmittedConsumer.prototype;
    const handled = [prototype.preparatoryPart, prototype.healthAssessment, prototype.socialAssessment, prototype.jobAssessment].map(
      (method) => (Reflect.getMetadata(HANDLES_EVENT, method) as { type: string }).type,
    );
    expect(handled).toEqual([
      PreparatoryPartSubmitted.type,
      HealthAssessmentSubmitted.type,
      SocialAssessmentSubmitted.type,
      JobAssessmentSubmitted.type,
    ]);
  });

  it('should record the health assessment as the health coordinator’s contribution when it arrives', async () => {
    const { consumer, executed } = consumerWithRecordedCommands();
    const event: EnvelopeOf<typeof HealthAssessmentSubmitted> = createEnvelope(
      HealthAssessmentSubmitted,
      { ...contributionFields({ version: 2 }), assessment: 'A', workImplications: 'B', treatmentOptions: 'C' },
      metadata,
    );
    await consumer.healthAssessment(event);
    expect(executed).toHaveLength(1);
    expect(executed[0].subject).toEqual({ caseId: CASE_ID, personId: PERSON_ID, municipality: '101' });
    expect(executed[0].contribution).toEqual({
      department: 'health-coordinator',
      contributionId: '22222222-2222-4222-8222-222222222222',
      version: 2,
      submittedBy: 'hc-4',
      submittedAt: new Date('2026-11-05T10:00:00.000Z'),
      content: { assessment: 'A', workImplications: 'B', treatmentOptions: 'C' },
    });
  });

  it('should record the preparatory part as the job centre’s contribution when it arrives', async () => {
    const { consumer, executed } = consumerWithRecordedCommands();
    const sections = {
      educationAndJobGoals: 'a',
      workExperience: 'b',
      resourcesAndNetwork: 'c',
      challenges: 'd',
      healthSituation: 'e',
      incomeSupportHistory: 'f',
      gpAssessment: 'g',
    };
    await consumer.preparatoryPart(
      createEnvelope(PreparatoryPartSubmitted, { ...contributionFields({ submittedBy: 'cw-1' }), sections }, metadata),
    );
    expect(executed[0].contribution).toMatchObject({ department: 'job-centre', submittedBy: 'cw-1', content: sections });
  });
});
