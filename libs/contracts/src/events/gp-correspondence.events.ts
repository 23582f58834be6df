import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics/topics';
import { SorCodeSchema } from '../vocabulary';

export const OutcomeMessageSent = defineEvent({
  type: 'gp-correspondence.outcome-message-sent',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    caseId: z.uuid(),
    decisionId: z.uuid(),
    bundleId: z.uuid(),
    messageHeaderId: z.uuid(),
    recipientSorCode: SorCodeSchema,
    sentAt: z.iso.datetime({ offset: true }),
  }),
});

export const OutcomeMessageAcknowledged = defineEvent({
  type: 'gp-correspondence.outcome-message-acknowledged',
  schemaVersion: 1,
  topic: Topics.gpCorrespondence,
  payload: z.object({
    caseId: z.uuid(),
    messageHeaderId: z.uuid(),
    code: z.enum(['ok', 'transient-error', 'fatal-error']),
    acknowledgedAt: z.iso.datetime({ offset: true }),
  }),
});

export const GP_CORRESPONDENCE_EVENTS = [OutcomeMessageSent, OutcomeMessageAcknowledged] as const;
