import { mayReadHealthData } from '@rehab/platform';
import { type GpCorrespondenceClient } from '../clients/gp-correspondence.client';
import { ServiceRefusal, ServiceUnavailable } from '../clients/service-call';
import type { SignedInPerson } from '../session/signed-in-person';
import { readableMessage } from './readable-message';

export interface GpAnswer {
  receivedAt: string;
  topic: string | null;
  /** The GP's words; only for a role that may read health data, since a GP writes about health. */
  texts: string[] | null;
}

/**
 * The GP's answers about a case; 'unavailable' when the GP correspondence service cannot be
 * reached, 'withheld' when it does not show them to the person's role: a page about the case is
 * still worth showing without them.
 */
export async function gpAnswersOf(
  gp: GpCorrespondenceClient,
  person: SignedInPerson,
  caseId: string,
): Promise<GpAnswer[] | 'unavailable' | 'withheld'> {
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
    return partOfPageMissing(error);
  }
}

/**
 * Why one part of a page about a case is missing: the service is down, or it refuses that part
 * to the person's role. Any other failure fails the page.
 */
export function partOfPageMissing(error: unknown): 'unavailable' | 'withheld' {
  if (error instanceof ServiceUnavailable) return 'unavailable';
  if (error instanceof ServiceRefusal && error.status === 403) return 'withheld';
  throw error;
}
