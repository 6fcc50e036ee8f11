import { ApiError, asFailure, failureOf, networkFailure } from './problem';

describe('failureOf', () => {
  it('shows a domain refusal by its detail and keeps its stable code', () => {
    const failure = failureOf(409, {
      type: 'urn:contract-ledger:problem:SUPPLIER_ALREADY_DEBARRED',
      title: 'Conflict',
      status: 409,
      detail: 'The supplier is already debarred',
      code: 'SUPPLIER_ALREADY_DEBARRED',
    });
    expect(failure).toEqual({
      kind: 'problem',
      status: 409,
      code: 'SUPPLIER_ALREADY_DEBARRED',
      message: 'The supplier is already debarred',
    });
  });

  it('adds the field errors of a validation problem that the detail does not already say', () => {
    const failure = failureOf(400, {
      detail: 'Invalid input: evidenceEventIds',
      code: 'VALIDATION_FAILED',
      errors: [
        {
          field: 'evidenceEventIds',
          messages: ['evidenceEventIds must contain at least 1 elements'],
        },
      ],
    });
    expect(failure.message).toBe(
      'Invalid input: evidenceEventIds (evidenceEventIds: evidenceEventIds must contain at least 1 elements)',
    );
  });

  it('turns a 401 into a sign-in, whatever the body', () => {
    expect(failureOf(401, { detail: 'token expired', code: 'UNAUTHENTICATED' }).kind).toBe(
      'unauthenticated',
    );
    expect(failureOf(401, '<html>').kind).toBe('unauthenticated');
  });

  it('still says something for a body that is not a problem (a proxy page)', () => {
    expect(failureOf(502, '<html>Bad gateway</html>', 'Bad Gateway')).toEqual({
      kind: 'problem',
      status: 502,
      code: 'HTTP_502',
      message: 'Bad Gateway',
    });
    expect(failureOf(500, undefined).message).toBe('HTTP 500');
  });
});

describe('asFailure', () => {
  it('unwraps an ApiError and reports anything else thrown as a client error', () => {
    const network = networkFailure(new TypeError('Failed to fetch'));
    expect(asFailure(new ApiError(network))).toBe(network);
    expect(network.kind).toBe('network');
    expect(asFailure(new Error('boom'))).toMatchObject({ code: 'CLIENT_ERROR', message: 'boom' });
  });
});
