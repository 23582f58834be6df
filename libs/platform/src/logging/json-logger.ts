import type { LoggerService } from '@nestjs/common';
import { RequestContexts, redactCpr } from '@rehab/messaging';
import pino, { type Logger as PinoLogger } from 'pino';

/**
 * One structured JSON logger per process. Every line carries the service and the correlation
 * id of the request or event in hand, and passes through a last CPR guard on its way out.
 */
export function createRootLogger(options: { process: string; level?: string; destination?: NodeJS.WritableStream }): PinoLogger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { process: options.process },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'message',
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const context = RequestContexts.current();
        return context ? { service: context.service, correlationId: context.correlationId } : {};
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      hooks: {
        streamWrite: (line) => redactCpr(line),
      },
    },
    options.destination ?? process.stdout,
  );
}

/** Nest's logger interface over the process logger. */
export class JsonLogger implements LoggerService {
  constructor(private readonly logger: PinoLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: pino.Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    // Nest appends the logger's context as the last string argument.
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    let text: string | undefined;
    if (message instanceof Error) {
      fields.err = message;
      text = message.message;
    } else if (message !== null && typeof message === 'object') {
      Object.assign(fields, message);
      if (typeof rest[0] === 'string') text = rest.shift() as string;
    } else {
      text = String(message);
    }
    for (const extra of rest) {
      if (extra instanceof Error) fields.err = extra;
      else if (typeof extra === 'string' && level === 'error') fields.stack = extra;
    }
    this.logger[level](fields, text);
  }
}
