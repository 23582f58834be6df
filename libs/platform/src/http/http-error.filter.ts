import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { RequestContexts, redactCpr } from '@rehab/messaging';
import type { Request, Response } from 'express';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { DomainError } from '../domain/domain-error';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: unknown;
  correlationId?: string;
}

const DOMAIN_STATUS: Record<DomainError['kind'], { status: number; error: string }> = {
  'rule-violated': { status: HttpStatus.UNPROCESSABLE_ENTITY, error: 'Unprocessable Entity' },
  'not-found': { status: HttpStatus.NOT_FOUND, error: 'Not Found' },
  conflict: { status: HttpStatus.CONFLICT, error: 'Conflict' },
};

/**
 * Every error leaves as JSON with a status that says whose fault it was. Client errors say
 * what is wrong; server errors say only that something failed and give the correlation id to
 * quote to an operator. No error text carries a CPR number.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const body = this.toBody(exception);
    body.correlationId = RequestContexts.current()?.correlationId;
    body.message = redactCpr(body.message);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, method: request.method, path: (request.route as { path?: string } | undefined)?.path ?? 'unmatched' }, 'request failed');
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null) {
        const { message, errors, error } = response as { message?: unknown; errors?: unknown; error?: string };
        return {
          statusCode: status,
          error: error ?? exception.name,
          message: Array.isArray(message)
            ? message.join('; ')
            : typeof message === 'string'
              ? message
              : exception.message,
          ...(errors ? { errors } : {}),
        };
      }
      return { statusCode: status, error: exception.name, message: String(response) };
    }
    if (exception instanceof DomainError) {
      const { status, error } = DOMAIN_STATUS[exception.kind];
      return { statusCode: status, error, message: exception.message };
    }
    if (exception instanceof OptimisticLockVersionMismatchError) {
      return { statusCode: 409, error: 'Conflict', message: 'The record was changed by someone else; reload it and try again.' };
    }
    if (exception instanceof QueryFailedError && (exception.driverError as { code?: string } | undefined)?.code === '23505') {
      return { statusCode: 409, error: 'Conflict', message: 'The record already exists.' };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side.' };
  }
}
