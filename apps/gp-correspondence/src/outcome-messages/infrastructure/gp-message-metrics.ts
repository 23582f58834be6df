import { Counter, register } from 'prom-client';
import type { FailureReason } from '../messaging/outcome-message-events.publisher';

/** One counter per name in the process, however many times the service starts in it (the tests, the one-process run). */
function counter(name: string, help: string, labelNames: string[]): Counter {
  return (register.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames });
}

/** Prometheus counters of MedCom reliable messaging, on prom-client's default register (served at /metrics). */
export const GpMessageMetrics = {
  resent: () =>
    counter(
      'rehab_gp_messages_resent_total',
      'Messages to GPs sent again in a new envelope for want of an acknowledgement',
      [],
    ).inc(),
  failed: (reason: FailureReason) =>
    counter('rehab_gp_messages_failed_total', 'Messages to GPs that failed for good, by reason', ['reason']).inc({
      reason,
    }),
};
