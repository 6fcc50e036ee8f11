import type { ProjectionEvent } from '../projection';

export interface EventInput<Data = unknown> {
  readonly type: string;
  readonly data: Data;
  readonly stream?: string;
  readonly actor?: string;
  readonly role?: string;
  readonly scope?: string;
  readonly occurredAt?: string;
  readonly eventId?: string;
}

/**
 * Recorded-looking events for specs: positions 1..n in order, revisions per stream, and
 * deterministic ids and times unless the input gives them.
 */
export function recorded(inputs: readonly EventInput[], startPosition = 1): ProjectionEvent[] {
  const revisions = new Map<string, number>();
  return inputs.map((input, index) => {
    const position = startPosition + index;
    const stream = input.stream ?? 'test-1';
    const revision = (revisions.get(stream) ?? 0) + 1;
    revisions.set(stream, revision);
    const occurredAt =
      input.occurredAt ?? new Date(Date.UTC(2025, 0, 1, 0, 0, position)).toISOString();
    return {
      position,
      eventId:
        input.eventId ?? `00000000-0000-7000-8000-${position.toString(16).padStart(12, '0')}`,
      stream,
      revision,
      type: input.type,
      data: input.data,
      metadata: {
        actor: input.actor ?? 'user-1',
        role: input.role ?? 'procurement_officer',
        ...(input.scope ? { scope: input.scope } : {}),
        correlationId: `corr-${position}`,
        commandId: `cmd-${position}`,
        occurredAt,
      },
      recordedAt: occurredAt,
    };
  });
}
