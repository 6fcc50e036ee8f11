import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { validationFailed, type FieldError } from './problem';

/** Nested class-validator errors to `{ field: 'milestones.0.amount', messages }`, one per failing path. */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    if (error.constraints) out.push({ field, messages: Object.values(error.constraints) });
    if (error.children && error.children.length > 0)
      out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/**
 * The global pipe: unknown fields are refused (not silently dropped, a typo must not pass for an
 * omission), DTOs are instantiated and primitives converted, and failures become 400
 * VALIDATION_FAILED with the field list. The submitted values are never echoed back.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
