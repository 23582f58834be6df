import { SetMetadata } from '@nestjs/common';
import type { EventDefinition } from '@rehab/contracts';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

/**
 * Marks a method as the handler of one event type. The method receives the validated
 * envelope and runs inside the transaction that also records the event in the inbox.
 */
export const HandleEvent = (definition: EventDefinition): MethodDecorator => SetMetadata(HANDLES_EVENT, definition);
