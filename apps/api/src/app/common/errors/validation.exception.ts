// A request whose shape is wrong: one detail per field, in words a person can act on.
import { BadRequestException, type ValidationError } from '@nestjs/common';
import type { ErrorDetail } from '@amparo/domain';

export class RequestValidationException extends BadRequestException {
  constructor(readonly details: ErrorDetail[]) {
    super(
      details.length === 1
        ? details[0].message
        : `The request has ${details.length} problems: ${details.map((d) => d.message).join('; ')}`,
    );
  }
}

/** Flattens class-validator's tree into `field.path: message` details. */
export function toValidationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message:
        constraint === 'whitelistValidation' ? `Unknown field "${field}": remove it` : message,
    }));
    return [...own, ...toValidationDetails(error.children ?? [], field)];
  });
}
