import { Injectable } from '@nestjs/common';
import { RequestContexts } from '@rehab/messaging';
import { RuntimeSettings, ServiceTokenSource, ServiceTokenUnavailableError } from '@rehab/platform';
import { z } from 'zod';

/** Turns the pseudonymous person id into the CPR number a MedCom message must carry. */
export interface PersonIdentityResolver {
  resolveCpr(personId: string): Promise<string>;
}

export const PERSON_IDENTITY_RESOLVER = Symbol('PERSON_IDENTITY_RESOLVER');

/** The CPR number could not be had. The text says why, never which person or number. */
export class PersonIdentityUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonIdentityUnavailable';
  }
}

const ResolvedPersonSchema = z.object({ personId: z.uuid(), cpr: z.string().regex(/^\d{10}$/) });

function reasonOf(error: unknown): string {
  // By name, not instanceof: fetch's DOMException may come from another realm.
  if ((error as { name?: unknown } | undefined)?.name === 'TimeoutError') return 'timed out';
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof code === 'string' ? code : 'network error';
}

/**
 * Asks the job centre, the only keeper of CPR numbers, through its internal endpoint. The
 * person id travels in the body of a POST and the CPR number comes back in the body, so
 * neither appears in a URL. The caller must not hold a database transaction meanwhile: in
 * the one-process layout the job centre answers from the same single-session database.
 */
@Injectable()
export class JobCentrePersonIdentityClient implements PersonIdentityResolver {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(
    settings: RuntimeSettings,
    private readonly serviceToken: ServiceTokenSource,
  ) {
    this.baseUrl = settings.get('JOB_CENTRE_URL', 'http://127.0.0.1:3001').replace(/\/$/, '');
    this.timeoutMs = settings.number('JOB_CENTRE_TIMEOUT_MS', 5000);
  }

  async resolveCpr(personId: string): Promise<string> {
    const context = RequestContexts.currentOr('gp-correspondence');
    let response: Response;
    try {
      // The job centre answers its identity lookup only to a service, signed in as itself.
      const authorization = await this.serviceToken.authorization();
      response = await fetch(`${this.baseUrl}/api/internal/person-identities/resolve`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-correlation-id': context.correlationId,
          authorization,
        },
        body: JSON.stringify({ personId }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      if (error instanceof ServiceTokenUnavailableError) throw new PersonIdentityUnavailable(error.message);
      throw new PersonIdentityUnavailable(`The job centre did not answer the identity lookup (${reasonOf(error)}).`);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new PersonIdentityUnavailable(`The job centre refused the identity lookup (HTTP ${response.status}).`);
    }
    const parsed = ResolvedPersonSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success || parsed.data.personId !== personId) {
      throw new PersonIdentityUnavailable('The job centre answered the identity lookup with something unexpected.');
    }
    return parsed.data.cpr;
  }
}
