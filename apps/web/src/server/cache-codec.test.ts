import { deserializeEntry, serializeEntry } from './cache-codec';

describe('cache entry codec', () => {
  it("round-trips a page entry's Buffers and Map exactly", () => {
    const entry = {
      lastModified: 1764633600000,
      value: {
        kind: 'APP_PAGE',
        html: '<p>Bồi thường</p>',
        rscData: Buffer.from([0, 1, 2, 255]),
        headers: { 'x-next-cache-tags': 'cms,cms:en' },
        status: 200,
        segmentData: new Map([['/_tree', Buffer.from('tree')]]),
        postponed: undefined,
      },
      tags: ['cms'],
    };
    const restored = deserializeEntry(serializeEntry(entry)) as typeof entry;
    expect(restored.value.rscData.equals(entry.value.rscData)).toBe(true);
    expect(restored.value.segmentData.get('/_tree')?.toString()).toBe('tree');
    expect(restored).toEqual({ ...entry, value: { ...entry.value, postponed: undefined } });
  });

  it('keeps plain objects that only look like tagged values', () => {
    const entry = { a: { $buffer: 'x', other: 1 } };
    expect(deserializeEntry(serializeEntry(entry))).toEqual(entry);
  });
});
