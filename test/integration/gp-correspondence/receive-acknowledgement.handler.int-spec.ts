import { randomUUID } from 'node:crypto';
import { OutcomeMessageAcknowledged, OutcomeMessageSent } from '@rehab/contracts';
import { DomainError } from '@rehab/platform';
import { ReceiveGpMessageCommand } from '../../../apps/gp-correspondence/src/gp-inbox/commands/receive-gp-message/receive-gp-message.command';
import type { MessageBundle } from '../../../apps/gp-correspondence/src/medcom/fhir.types';
import type {
  OutcomeMessageSummaryView,
  OutcomeMessageView,
} from '../../../apps/gp-correspondence/src/outcome-messages/http/outcome-message.view';
import { careCommunicationMessage } from '../../../apps/gp-correspondence/src/testing/medcom-fixtures';
import { eventually } from '../../support/environment';
import { type GpCorrespondenceHarness, startGpCorrespondence } from './gp-correspondence.harness';
import { QueueOutcomeMessageCommand } from '../../../apps/gp-correspondence/src/outcome-messages/commands/queue-outcome-message/queue-outcome-message.command';
import { RememberReferralCommand } from '../../../apps/gp-correspondence/src/outcome-messages/commands/remember-referral/remember-referral.command';
import { ReceiveAcknowledgementCommand } from '../../../apps/gp-correspondence/src/outcome-messages/commands/receive-acknowledgement/receive-acknowledgement.command';

jest.setTimeout(20_000);

const CPR = '2509479989';

describe('ReceiveAcknowledgementHandler', () => {
  let harness: GpCorrespondenceHarness;

  beforeAll(async () => {
    harness = await startGpCorrespondence({ dispatcher: false });
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  /** A queued message whose GP is known, as the GP inbox would acknowledge it. */
  async function queuedMessage() {
    const caseId = randomUUID();
    const personId = randomUUID();
    await harness.giveConsent(caseId, personId);
    harness.identities.register(personId, CPR);
    await harness.commands.execute(
      new RememberReferralCommand({
        caseId,
        personId,
        municipality: '101',
        caseType: 'resource-programme',
        gpSorCode: '123456789012',
        gpName: 'Lægerne Nørrebro',
        referredAt: new Date(),
      }),
    );
    await harness.commands.execute(
      new QueueOutcomeMessageCommand(caseId, randomUUID(), personId, '101', {
        recommendationId: randomUUID(),
        outcome: 'job-clarification',
        followsRecommendation: true,
        recommendationText: 'Jobafklaringsforløb med arbejdsprøvning.',
        decidedBy: 'leader-2',
        decidedAtMeeting: false,
        decidedAt: new Date().toISOString(),
      }),
    );
    const [summary] = (await harness.get<OutcomeMessageSummaryView[]>(`/api/outcome-messages?caseId=${caseId}`)).body;
    return { caseId, summary };
  }

  /** What the GP inbox answers for a message with these ids. */
  async function acknowledgementFor(bundleId: string, messageHeaderId: string): Promise<MessageBundle> {
    const message = careCommunicationMessage({ bundleId, messageHeaderId });
    const { acknowledgement } = await harness.commands.execute(new ReceiveGpMessageCommand(message));
    if (!acknowledgement) throw new Error('The GP inbox kept silent');
    return acknowledgement;
  }

  const eventsOf = (caseId: string) =>
    harness.published.filter((record) => record.envelope.caseId === caseId).map((record) => record.envelope.type);

  it('should keep an acknowledgement that overtakes the record of delivery and announce both once, in order', async () => {
    const { caseId, summary } = await queuedMessage();
    const acknowledgement = await acknowledgementFor(summary.bundleId, summary.messageHeaderId);

    const early = await harness.commands.execute(new ReceiveAcknowledgementCommand(acknowledgement));
    expect(early).toEqual({ outcomeMessageId: summary.id, recorded: true });
    const waiting = (await harness.get<OutcomeMessageView>(`/api/outcome-messages/${summary.id}`)).body;
    expect(waiting).toMatchObject({ status: 'pending', acknowledgementCode: 'ok' });

    await harness.dispatcher.dispatchDue();
    await harness.transport.whenIdle();
    expect((await harness.get<OutcomeMessageView>(`/api/outcome-messages/${summary.id}`)).body).toMatchObject({
      status: 'acknowledged',
      attempts: 1,
    });
    const events = await eventually(() => Promise.resolve(eventsOf(caseId).length >= 2 && eventsOf(caseId)), {
      timeoutMs: 10_000,
      what: 'the events',
    });
    expect(events).toEqual([OutcomeMessageSent.type, OutcomeMessageAcknowledged.type]);
  });

  it('should record the first acknowledgement only when the same one arrives twice', async () => {
    const { caseId, summary } = await queuedMessage();
    await harness.dispatcher.dispatchDue();
    await harness.transport.whenIdle();
    const acknowledgement = (await harness.get<OutcomeMessageView>(`/api/outcome-messages/${summary.id}`)).body
      .acknowledgement;

    const again = await harness.commands.execute(new ReceiveAcknowledgementCommand(acknowledgement));
    expect(again).toEqual({ outcomeMessageId: summary.id, recorded: false });
    await eventually(() => Promise.resolve(eventsOf(caseId).length >= 2), { timeoutMs: 10_000, what: 'the events' });
    expect(eventsOf(caseId)).toEqual([OutcomeMessageSent.type, OutcomeMessageAcknowledged.type]);
  });

  it('should refuse an acknowledgement of a message it never sent', async () => {
    const acknowledgement = await acknowledgementFor(randomUUID(), randomUUID());
    await expect(harness.commands.execute(new ReceiveAcknowledgementCommand(acknowledgement))).rejects.toEqual(
      DomainError.notFound('No outcome message has the acknowledged MessageHeader id.'),
    );
  });

  it('should refuse a message that is not an acknowledgement', async () => {
    await expect(
      harness.commands.execute(new ReceiveAcknowledgementCommand(careCommunicationMessage())),
    ).rejects.toBeInstanceOf(DomainError);
  });
});
