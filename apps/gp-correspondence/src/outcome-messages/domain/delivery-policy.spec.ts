import { MEDCOM_DELIVERY_POLICY, nextStepWithoutAcknowledgement, noAcknowledgementReason } from './delivery-policy';

describe('the MedCom delivery policy', () => {
  it('should wait 30 minutes and resend at most twice when nothing else is configured', () => {
    expect(MEDCOM_DELIVERY_POLICY).toEqual({ acknowledgementTimeoutMs: 1_800_000, maxResends: 2 });
  });

  it('should resend when fewer resends than allowed have gone', () => {
    expect([0, 1].map((resends) => nextStepWithoutAcknowledgement(resends, MEDCOM_DELIVERY_POLICY))).toEqual([
      'resend',
      'resend',
    ]);
  });

  it('should fail when the allowed resends have gone unanswered', () => {
    expect(nextStepWithoutAcknowledgement(2, MEDCOM_DELIVERY_POLICY)).toBe('fail');
  });

  it('should say how often and how long it waited when it fails', () => {
    expect(noAcknowledgementReason(2, MEDCOM_DELIVERY_POLICY)).toBe(
      "No acknowledgement from the GP's system: sent once and resent 2 times, waiting 30 minutes after each.",
    );
    expect(noAcknowledgementReason(2, { acknowledgementTimeoutMs: 2000, maxResends: 2 })).toContain(
      'waiting 2 seconds',
    );
  });
});
