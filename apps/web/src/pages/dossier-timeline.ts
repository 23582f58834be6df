import type { OutcomeMessage } from '../clients/gp-correspondence.client';
import type { TimelineEntry } from '../clients/meeting.client';
import type { GpAnswer } from './gp-answers';

/** One line of the dossier's timeline; which details are set depends on the kind. */
export interface DossierTimelineEntry {
  kind: string;
  at: string;
  department?: string;
  version?: number;
  by?: string;
  outcome?: string;
  followsRecommendation?: boolean;
  code?: string;
  topic?: string | null;
}

/**
 * The case's whole history in one list, oldest first: the meeting service's timeline (each
 * contribution version with its author, the meeting, the recommendation and decision, the
 * outcome sent to the GP and its acknowledgement), the request for the GP certificate that the
 * GP correspondence service sent, and the GP's replies. The meeting service already tells of the
 * outcome messages, so only the certificate requests are taken from the GP correspondence.
 */
export function dossierTimeline(
  entries: TimelineEntry[],
  gpMessages: OutcomeMessage[],
  gpAnswers: GpAnswer[],
): DossierTimelineEntry[] {
  const certificateRequests = gpMessages
    .filter((message) => message.purpose === 'gp-certificate-request')
    .flatMap((message): DossierTimelineEntry[] => [
      ...(message.sentAt ? [{ kind: 'gp-certificate-request-sent', at: message.sentAt }] : []),
      ...(message.acknowledgedAt
        ? [
            {
              kind: 'gp-certificate-request-acknowledged',
              at: message.acknowledgedAt,
              ...(message.acknowledgementCode ? { code: message.acknowledgementCode } : {}),
            },
          ]
        : []),
    ]);
  const replies = gpAnswers.map((answer) => ({
    kind: 'gp-reply-received',
    at: answer.receivedAt,
    topic: answer.topic,
  }));
  // A stable sort: entries of one instant keep the order the meeting service gave them.
  return [...entries, ...certificateRequests, ...replies].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
