import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsInstant } from './dto';

class At {
  @IsInstant()
  at!: string;
}

function parse(at: unknown): { at: unknown; errors: string[] } {
  const instance = plainToInstance(At, { at });
  return {
    at: instance.at,
    errors: validateSync(instance).flatMap((e) => Object.values(e.constraints ?? {})),
  };
}

describe('@IsInstant', () => {
  it.each([
    ['2026-03-01T09:00:00Z', '2026-03-01T09:00:00.000Z'],
    ['2026-03-01T09:00:00.5Z', '2026-03-01T09:00:00.500Z'],
    ['2026-03-01T09:00:00.123Z', '2026-03-01T09:00:00.123Z'],
  ])('hands %s to the command as %s', (sent, canonical) => {
    expect(parse(sent)).toEqual({ at: canonical, errors: [] });
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-03-01T09:00:00+08:00',
    '2026-03-01',
    'soon',
    1_700_000_000_000,
    null,
  ])('refuses %p without moving it', (sent) => {
    const result = parse(sent);
    expect(result.at).toBe(sent);
    expect(result.errors).toEqual([
      'at must be an ISO-8601 UTC instant such as 2026-03-01T09:00:00Z',
    ]);
  });
});
