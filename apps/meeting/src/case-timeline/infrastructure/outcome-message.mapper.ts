import { OutcomeMessage, type AcknowledgementCode } from '../domain/outcome-message.aggregate';
import { OutcomeMessageEntity } from './outcome-message.entity';

export const OutcomeMessageMapper = {
  toDomain(entity: OutcomeMessageEntity): OutcomeMessage {
    return OutcomeMessage.restore({
      messageHeaderId: entity.messageHeaderId,
      caseId: entity.caseId,
      decisionId: entity.decisionId,
      recipientSorCode: entity.recipientSorCode,
      sentAt: entity.sentAt,
      acknowledgements: entity.acknowledgements.map((acknowledgement) => ({
        code: acknowledgement.code as AcknowledgementCode,
        acknowledgedAt: new Date(acknowledgement.acknowledgedAt),
      })),
      version: entity.version,
    });
  },

  toEntity(message: OutcomeMessage): OutcomeMessageEntity {
    const state = message.snapshot();
    const entity = new OutcomeMessageEntity();
    Object.assign(entity, {
      messageHeaderId: state.messageHeaderId,
      caseId: state.caseId,
      decisionId: state.decisionId,
      recipientSorCode: state.recipientSorCode,
      sentAt: state.sentAt,
      acknowledgements: state.acknowledgements.map((acknowledgement) => ({
        code: acknowledgement.code,
        acknowledgedAt: acknowledgement.acknowledgedAt.toISOString(),
      })),
      version: state.version,
    });
    return entity;
  },
};
