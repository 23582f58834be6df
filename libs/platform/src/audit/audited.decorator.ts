import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { AUDITED, type AuditedOptions } from './audited-options';
import { AuditedInterceptor } from './audited.interceptor';

/**
 * Records every successful use of the route in the service's audit log, with the actor of
 * the request. The record is written before the answer is sent, so a failed write fails the
 * request rather than letting an unrecorded read through.
 */
export function Audited(options: AuditedOptions): MethodDecorator {
  return applyDecorators(SetMetadata(AUDITED, options), UseInterceptors(AuditedInterceptor));
}
