import { Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import {
  type CareCommunicationInput,
  DEFAULT_FULL_URL_BASE,
  precedingMessageOf,
} from '../../medcom/care-communication.builder';
import { CorrespondenceRegistry } from '../../registry/correspondence-registry';
import { certificateRequestText, CERTIFICATE_REQUEST_TOPIC } from '../domain/certificate-request';
import { OUTCOME_MESSAGE_TOPIC, summariseOutcome } from '../domain/outcome-summary';
import { RecommendationDocument } from './document/recommendation-document';
import type { OutcomeMessageEntity } from './outcome-message.entity';
import { OutcomeMessagesRepository } from './outcome-messages.repository';
import { GpTransportError } from './transport/gp-message-transport';

/** The message cannot be written yet; the dispatcher tries again later. Its text names no person. */
export class MessageNotComposable extends GpTransportError {}

/**
 * Writes the CareCommunication for one outgoing message: sender and receiver from the
 * registry, the text for its purpose, the recommendation PDF with an outcome, and the thread
 * it continues for a correction, retraction or forward.
 */
@Injectable()
export class GpMessageComposer {
  private readonly fullUrlBase: string;

  constructor(
    private readonly registry: CorrespondenceRegistry,
    private readonly messages: OutcomeMessagesRepository,
    private readonly document: RecommendationDocument,
    settings: RuntimeSettings,
  ) {
    this.fullUrlBase = settings.get('GP_FHIR_BASE_URL', DEFAULT_FULL_URL_BASE);
  }

  async compose(message: OutcomeMessageEntity, cpr: string, sentAt: Date): Promise<CareCommunicationInput> {
    const team = this.registry.municipality(message.municipality);
    if (!team)
      throw new MessageNotComposable(`Municipality ${message.municipality} is not in the correspondence registry.`);
    if (!message.recipientSorCode) throw new MessageNotComposable('The message cannot be sent before its GP is known.');
    const receiver = this.registry.organization(message.recipientSorCode);
    if (!receiver) {
      throw new MessageNotComposable(
        `SOR ${message.recipientSorCode} is not in the correspondence registry (no EAN number or endpoint).`,
      );
    }
    const common = {
      bundleId: message.bundleId,
      messageHeaderId: message.messageHeaderId,
      sentAt,
      sender: { sorCode: team.sorCode, eanCode: team.eanCode, name: team.name },
      receiver: { sorCode: receiver.sorCode, eanCode: receiver.eanCode, name: receiver.name },
      author: team.author,
      patient: { cpr },
      category: 'carecoordination' as const,
      fullUrlBase: this.fullUrlBase,
    };

    if (message.purpose === 'gp-certificate-request') {
      return { ...common, topic: CERTIFICATE_REQUEST_TOPIC, text: certificateRequestText(team.name) };
    }
    if (message.activity !== 'new-message') {
      const preceding = message.precedingMessageId ? await this.messages.find(message.precedingMessageId) : null;
      if (!preceding || !message.textOverride) throw new MessageNotComposable('The message it follows is unknown.');
      if (!preceding.bundle) throw new MessageNotComposable('The message it follows has not been sent yet.');
      return {
        ...common,
        topic: OUTCOME_MESSAGE_TOPIC,
        text: message.textOverride,
        activity: message.activity,
        preceding: precedingMessageOf(preceding.bundle),
      };
    }
    if (!message.decision) throw new MessageNotComposable('An outcome message needs its decision.');
    const referral = await this.messages.findReferral(message.caseId);
    const { topic, text } = summariseOutcome(message.decision);
    const pdf = await this.document.toPdf({
      caseType: referral?.caseType ?? null,
      decision: message.decision,
      teamName: team.name,
    });
    return {
      ...common,
      topic,
      text,
      attachments: [
        { title: 'Rehabiliteringsteamets indstilling', contentType: 'application/pdf', data: pdf, createdAt: sentAt },
      ],
    };
  }
}
