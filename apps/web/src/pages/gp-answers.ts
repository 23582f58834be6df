import { mayReadHealthData } from '@rehab/platform';
import { type GpCorrespondenceClient } from '../clients/gp-correspondence.client';
import { ServiceUnavailable } from '../clients/service-call';
import type { SignedInPerson } from '../session/signed-in-person';
import { readableMessage } from './readable-message';

export interface GpAnswer {
  receivedAt: string;
  topic: string | null;
  /** The GP's words; only for a role that may read health data, since a GP writes about health. */
  texts: string[] | null;
}

/**
 * The GP's answers about a case, or null when the GP correspondence service cannot be reached:
 * a page about the case is still worth showing without them.
 */
export async function gpAnswersOf(
  gp: GpCorrespondenceClient,
  person: SignedInPerson,
  caseId: string,
): Promise<GpAnswer[] | null> {
  try {
    const replies = await gp.replies(person, caseId);
    const readsHealthData = mayReadHealthData(person.role);
    return await Promise.all(
      replies.map(async (reply) => {
        const full = readsHealthData ? await gp.incomingMessage(person, reply.id) : null;
        return {
          receivedAt: reply.receivedAt,
          topic: reply.topic,
          // A reply carries the thread before it; the GP's own words are the newest text.
          texts: full ? readableMessage(full.message).texts.slice(-1) : null,
        };
      }),
    );
  } catch (error) {
    if (error instanceof ServiceUnavailable) return null;
    throw error;
  }
}
