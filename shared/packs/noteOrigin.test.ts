import { describe, expect, it } from 'vitest';
import { noteOriginOf } from './noteOrigin';

describe('noteOriginOf', () => {
  const origin = {
    pack: 'p1',
    title: 'Procurement basics',
    version: '1.2.0',
    publisher: 'Department of Finance',
    keyId: 'ab'.repeat(32),
    hash: 'x',
  };

  it('reads the provenance an import writes', () => {
    expect(noteOriginOf({ title: 'A', origin })).toMatchObject({
      title: 'Procurement basics',
      version: '1.2.0',
      publisher: 'Department of Finance',
      keyId: 'ab'.repeat(32),
    });
    expect(noteOriginOf({ origin: { ...origin, keyId: null } })?.keyId).toBeNull();
  });

  it('is null for notes without one, or with one in another shape', () => {
    expect(noteOriginOf(null)).toBeNull();
    expect(noteOriginOf({ title: 'A' })).toBeNull();
    expect(noteOriginOf({ origin: 'somewhere' })).toBeNull();
    expect(noteOriginOf({ origin: { ...origin, version: 3 } })).toBeNull();
    expect(noteOriginOf({ origin: { ...origin, title: '' } })).toBeNull();
  });
});
