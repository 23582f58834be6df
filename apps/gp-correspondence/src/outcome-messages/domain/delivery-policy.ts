/** How long to wait for an acknowledgement and how often to send again (MedCom: 30 minutes, at most twice). */
export interface DeliveryPolicy {
  acknowledgementTimeoutMs: number;
  maxResends: number;
}

export const MEDCOM_DELIVERY_POLICY: DeliveryPolicy = { acknowledgementTimeoutMs: 30 * 60_000, maxResends: 2 };

/** What to do with a message whose acknowledgement is overdue. */
export function nextStepWithoutAcknowledgement(resendsSoFar: number, policy: DeliveryPolicy): 'resend' | 'fail' {
  return resendsSoFar < policy.maxResends ? 'resend' : 'fail';
}

/** The failure text a caseworker reads when no acknowledgement ever came. */
export function noAcknowledgementReason(resends: number, policy: DeliveryPolicy): string {
  const ms = policy.acknowledgementTimeoutMs;
  const waited =
    ms >= 60_000 ? `${Math.round(ms / 60_000)} minutes` : ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
  return `No acknowledgement from the GP's system: sent once and resent ${resends} times, waiting ${waited} after each.`;
}
