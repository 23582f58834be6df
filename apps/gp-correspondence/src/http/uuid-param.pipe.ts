import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** A UUID path parameter whose 400 names the field, in the same shape as the body validation. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new BadRequestException({
        error: 'Bad Request',
        message: `The request is invalid: ${field}.`,
        errors: [{ field, problems: [`${field} must be a UUID`] }],
      }),
  });
}
