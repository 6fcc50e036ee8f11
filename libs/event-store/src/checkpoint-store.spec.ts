import { interleavedKeys, type CheckpointKeyUse } from './checkpoint-store';

const use = (key: string, firstSize: number, lastSize: number): CheckpointKeyUse => ({
  key,
  firstSize,
  lastSize,
  firstAt: '',
  lastAt: '',
});

describe('interleavedKeys: each key signs one run of sizes', () => {
  it('accepts one key, and keys that replace one another', () => {
    expect(interleavedKeys([])).toBeUndefined();
    expect(interleavedKeys([use('a', 10, 900)])).toBeUndefined();
    expect(interleavedKeys([use('b', 500, 900), use('a', 10, 400)])).toBeUndefined();
  });

  it('names a key that signs inside another key’s run (a re-signed checkpoint, a rotation back)', () => {
    expect(interleavedKeys([use('a', 10, 887), use('forged', 886, 886)])).toEqual({
      key: 'a',
      other: 'forged',
      size: 886,
    });
  });
});
