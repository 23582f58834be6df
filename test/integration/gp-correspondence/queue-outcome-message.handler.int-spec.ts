import { randomUUID } from 'node:crypto';
import type { DecisionSnapshot } from '../../../apps/gp-correspondence/src/outcome-messages/domain/outcome-message';
import type { OutcomeMessageSummaryView } from '../../../apps/gp-correspondence/src/outcome-messages/http/outcome-message.view';
import { type GpCorrespondenceHarness, startGpCorrespondence } from './gp-correspondence.harness';
import { RememberReferralCommand } from '../../../apps/gp-correspondence/src/outcome-messages/commands/remember-referral/remember-referral.command';
import { QueueOutcomeMessageCommand } from '../../../apps/gp-correspondence/src/outcome-messages/commands/queue-outcome-message/queue-outcome-message.command';

jest.setTimeout(20_000);

const snapshot = (overrides: Partial<DecisionSnapshot> = {}): DecisionSnapshot => ({
  recommendationId: randomUUID(),
  outcome: 'flex-job',
  followsRecommendation: true,
  recommendationText: 'Fleksjob med 12 timer om ugen.',
  decidedBy: 'leader-2',
  decidedAtMeeting: true,
  decidedAt: '2026-11-24T10:30:00.000Z',
  ...overrides,
});

const referralOf = (caseId: string, personId: string, overrides: { gpSorCode?: string; gpName?: string } = {}) =>
  new RememberReferralCommand({
    caseId,
    personId,
    municipality: '101',
    caseType: 'resource-programme',
    gpSorCode: overrides.gpSorCode ?? '123456789012',
    gpName: overrides.gpName ?? 'Lægerne Nørrebro',
    referredAt: new Date('2026-11-01T09:00:00Z'),
  });

describe('QueueOutcomeMessageHandler: a message waits until both the decision and the referral are known', () => {
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    harness = await startGpCorrespondence({ dispatcher: false });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  const messagesOf = async (caseId: string) =>
    (await harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${caseId}`)).body;

  it('should queue the message as pending, awaiting the referral, and not try it when the decision comes first', async () => {
    const caseId = randomUUID();
    const personId = randomUUID();
    await harness.giveConsent(caseId, personId);
    const result = await harness.commands.execute(
      new QueueOutcomeMessageCommand(caseId, randomUUID(), personId, '101', snapshot()),
    );

    expect(result).toEqual({ queued: true });
    await harness.dispatcher.dispatchDue();
    expect(await messagesOf(caseId)).toEqual([
      expect.objectContaining({ status: 'pending', pendingReason: 'awaiting-referral', recipient: null, attempts: 0 }),
    ]);
    expect(harness.identities.calls).toBe(0);
  });

  it('should give the waiting message its GP and make it due when the referral arrives later', async () => {
    const caseId = randomUUID();
    const personId = randomUUID();
    await harness.giveConsent(caseId, personId);
    await harness.commands.execute(new QueueOutcomeMessageCommand(caseId, randomUUID(), personId, '101', snapshot()));
    await harness.commands.execute(referralOf(caseId, personId));

    const [message] = await messagesOf(caseId);
    expect(message).toMatchObject({
      status: 'pending',
      pendingReason: 'awaiting-delivery',
      recipient: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
    });
    expect(message.nextAttemptAt).not.toBeNull();
  });

  it('should queue the message ready for delivery when the referral came first', async () => {
    const caseId = randomUUID();
    const personId = randomUUID();
    await harness.giveConsent(caseId, personId);
    await harness.commands.execute(referralOf(caseId, personId, { gpSorCode: '987654321098', gpName: 'Lægehuset' }));
    await harness.commands.execute(new QueueOutcomeMessageCommand(caseId, randomUUID(), personId, '101', snapshot()));

    expect(await messagesOf(caseId)).toEqual([
      expect.objectContaining({
        pendingReason: 'awaiting-delivery',
        recipient: { sorCode: '987654321098', name: 'Lægehuset' },
      }),
    ]);
  });

  it('should keep one message per decision when the same decision is queued again', async () => {
    const caseId = randomUUID();
    const decisionId = randomUUID();
    const personId = randomUUID();
    await harness.giveConsent(caseId, personId);
    const first = await harness.commands.execute(
      new QueueOutcomeMessageCommand(caseId, decisionId, personId, '101', snapshot()),
    );
    const again = await harness.commands.execute(
      new QueueOutcomeMessageCommand(caseId, decisionId, personId, '101', snapshot()),
    );

    expect([first.queued, again.queued]).toEqual([true, false]);
    expect(await messagesOf(caseId)).toHaveLength(1);
  });

  it('should give every message its GP when the decision and the referral of a case arrive at the same time', async () => {
    const cases = Array.from({ length: 20 }, () => ({ caseId: randomUUID(), personId: randomUUID() }));
    for (const { caseId, personId } of cases) await harness.giveConsent(caseId, personId);
    await Promise.all(
      cases.flatMap(({ caseId, personId }) => [
        harness.commands.execute(new QueueOutcomeMessageCommand(caseId, randomUUID(), personId, '101', snapshot())),
        harness.commands.execute(referralOf(caseId, personId)),
      ]),
    );

    for (const { caseId } of cases) {
      expect(await messagesOf(caseId)).toEqual([
        expect.objectContaining({
          pendingReason: 'awaiting-delivery',
          recipient: { sorCode: '123456789012', name: 'Lægerne Nørrebro' },
        }),
      ]);
    }
  });

  it('should queue one message per decision when a case gets a second decision', async () => {
    const caseId = randomUUID();
    const personId = randomUUID();
    await harness.giveConsent(caseId, personId);
    await harness.commands.execute(referralOf(caseId, personId));
    await harness.commands.execute(new QueueOutcomeMessageCommand(caseId, randomUUID(), personId, '101', snapshot()));
    await harness.commands.execute(
      new QueueOutcomeMessageCommand(
        caseId,
        randomUUID(),
        personId,
        '101',
        snapshot({ outcome: 'resource-programme' }),
      ),
    );

    expect((await messagesOf(caseId)).map((message) => message.outcome).sort()).toEqual([
      'flex-job',
      'resource-programme',
    ]);
  });
});
