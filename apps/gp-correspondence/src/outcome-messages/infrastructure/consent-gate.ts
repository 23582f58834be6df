import { Injectable } from '@nestjs/common';
import type { GpMessageHoldReason } from '@rehab/contracts';
import { CaseConsentView, standingConsent } from '@rehab/platform';
import { holdReasonOf, requiredConsentOf } from '../domain/consent-rule';
import type { OutgoingActivity, OutgoingPurpose } from '../domain/outcome-message';
import { OutcomeMessageEventsPublisher } from '../messaging/outcome-message-events.publisher';
import { OutcomeMessagesRepository } from './outcome-messages.repository';

/**
 * Applies the consent rule to a case's messages that have not gone yet, inside the caller's
 * transaction and under the case's lock, so that a consent and a message arriving at the same
 * time cannot miss each other.
 */
@Injectable()
export class ConsentGate {
  constructor(
    private readonly consents: CaseConsentView,
    private readonly messages: OutcomeMessagesRepository,
    private readonly events: OutcomeMessageEventsPublisher,
  ) {}

  /** Why a new message of the case must be held, or null when it may go. */
  async holdReasonFor(
    caseId: string,
    message: { purpose: OutgoingPurpose; activity: OutgoingActivity },
  ): Promise<GpMessageHoldReason | null> {
    return holdReasonOf(await this.consents.ofCase(caseId), requiredConsentOf(message));
  }

  /** Announces a message that was queued held. */
  async announceHeld(messageId: string): Promise<void> {
    const message = await this.messages.find(messageId);
    const required = message ? requiredConsentOf(message) : null;
    if (message?.heldReason && required) await this.events.held(message, required);
  }

  /**
   * Holds every pending message whose consent is gone and releases every held one whose consent
   * has come, announcing each change. Returns how many were released.
   */
  async reconcile(caseId: string): Promise<number> {
    const consents = await this.consents.ofCase(caseId);
    let released = 0;
    for (const message of await this.messages.pendingOfCase(caseId)) {
      const required = requiredConsentOf(message);
      const reason = holdReasonOf(consents, required);
      if (reason && !message.heldReason) {
        const held = await this.messages.hold(message.id, reason);
        if (held && required) await this.events.held(held, required);
      } else if (!reason && message.heldReason) {
        const freed = await this.messages.release(message.id);
        const consent = required ? standingConsent(consents, required) : null;
        if (freed && consent) await this.events.released(freed, consent.consentId, new Date());
        if (freed) released += 1;
      }
    }
    return released;
  }
}
