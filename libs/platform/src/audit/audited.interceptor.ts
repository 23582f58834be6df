import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, map, mergeMap, type Observable } from 'rxjs';
import { AuditLog } from './audit-log';
import { AUDITED, type AuditedOptions } from './audited-options';

const PURPOSE = /^[\p{L}\p{N} .,:;()'/-]{1,200}$/u;

/** Takes what @Audited declared and the request's own case id and purpose into the audit log. */
@Injectable()
export class AuditedInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<AuditedOptions | undefined>(AUDITED, context.getHandler());
    if (!options || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      mergeMap((result: unknown) =>
        from(
          this.audit.record({
            action: options.action,
            access: options.access ?? (['GET', 'HEAD'].includes(request.method) ? 'read' : 'write'),
            caseId: caseIdOf(options, request, result),
            purpose: purposeOf(options, request),
          }),
        ).pipe(map(() => result)),
      ),
    );
  }
}

function caseIdOf(options: AuditedOptions, request: Request, result: unknown): string | null {
  if (options.caseIdParam) {
    const value = (request.params as Record<string, string | undefined>)[options.caseIdParam];
    if (value) return value;
  }
  if (options.caseIdField && typeof result === 'object' && result !== null) {
    const value = (result as Record<string, unknown>)[options.caseIdField];
    if (typeof value === 'string') return value;
  }
  return null;
}

function purposeOf(options: AuditedOptions, request: Request): string | null {
  const stated = request.header('x-access-purpose');
  if (stated && PURPOSE.test(stated)) return stated;
  return options.purpose ?? null;
}
