import { flyerSummary } from './flyer-summary';

describe('flyerSummary', () => {
  it('keeps a short text as it is, on one line', () => {
    expect(flyerSummary('Help is free.\n  Call today.')).toBe('Help is free. Call today.');
  });
  it('cuts a long text at a word and ends it with an ellipsis', () => {
    const summary = flyerSummary('word '.repeat(100), 40);
    expect(summary).toBe(`${'word '.repeat(7).trim()}…`);
  });
  it('cuts text without spaces at the limit', () => {
    expect(flyerSummary('赔'.repeat(300), 10)).toBe(`${'赔'.repeat(9)}…`);
  });
});
