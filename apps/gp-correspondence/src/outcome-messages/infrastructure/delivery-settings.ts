import { Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { type DeliveryPolicy, MEDCOM_DELIVERY_POLICY } from '../domain/delivery-policy';
import type { RetryPolicy } from '../domain/retry-schedule';

/** The delivery timings, configurable so that tests can run the 30 minutes in seconds. */
@Injectable()
export class DeliverySettings {
  readonly policy: DeliveryPolicy;
  /** Back-off for a hand-over to the transport that failed (the network, the job centre). */
  readonly retry: RetryPolicy;

  constructor(settings: RuntimeSettings) {
    this.policy = {
      acknowledgementTimeoutMs: settings.number(
        'GP_ACKNOWLEDGEMENT_TIMEOUT_MS',
        MEDCOM_DELIVERY_POLICY.acknowledgementTimeoutMs,
      ),
      maxResends: settings.number('GP_MAX_RESENDS', MEDCOM_DELIVERY_POLICY.maxResends),
    };
    this.retry = {
      baseDelayMs: settings.number('GP_DELIVERY_RETRY_BASE_MS', 2000),
      maxDelayMs: settings.number('GP_DELIVERY_RETRY_MAX_MS', 5 * 60_000),
    };
  }

  acknowledgementDueFrom(sentAt: Date): Date {
    return new Date(sentAt.getTime() + this.policy.acknowledgementTimeoutMs);
  }
}
