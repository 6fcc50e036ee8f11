import { ProblemException, validationFailed, type FieldError } from './problem';

/** Deeper than any DTO of the API (milestones.0.indicators.0.target is 5); the fuzz test sends 5000. */
export const MAX_JSON_DEPTH = 32;

/**
 * Names class-transformer and class-validator treat as inherited members: a body field so named
 * is silently dropped instead of being refused as unknown (found by the fuzz test), so refuse it here.
 */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Control characters but tab and line breaks (C0, DEL, C1): never typed in a title or a reason; the domain refuses them too. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Checks a parsed JSON body before anything recursive touches it: nesting past MAX_JSON_DEPTH
 * (recursive transformers overflow the stack: a 500 on bad input), reserved field names, and
 * control characters in any string (a NUL in a tender title was stored before).
 * Iterative, so the check itself cannot overflow.
 */
export function checkJsonShape(body: unknown): void {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: body, depth: 0, path: '' },
  ];
  const refused: FieldError[] = [];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === 'string' && CONTROL.test(value)) {
      refused.push({
        field: path,
        messages: [`${path} must not contain control characters (only tab and line breaks)`],
      });
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      throw new ProblemException({
        status: 400,
        code: 'MALFORMED_JSON',
        detail: `The request body nests deeper than ${MAX_JSON_DEPTH} levels`,
        errors: [],
      });
    }
    for (const [key, child] of Object.entries(value)) {
      const field = path === '' ? key : `${path}.${key}`;
      if (!Array.isArray(value) && RESERVED_KEYS.has(key))
        refused.push({ field, messages: [`property ${key} should not exist`] });
      stack.push({ value: child, depth: depth + 1, path: field });
    }
  }
  if (refused.length > 0) throw validationFailed(refused);
}
