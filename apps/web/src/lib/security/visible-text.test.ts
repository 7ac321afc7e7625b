import { withoutInvisibleControls } from '@/lib/security/visible-text';

describe('withoutInvisibleControls', () => {
  it('removes bidirectional overrides, isolates and marks', () => {
    expect(withoutInvisibleControls('call \u202E7788-373-888-1\u202C now')).toBe('call 7788-373-888-1 now');
    expect(withoutInvisibleControls('\u2066a\u2069\u200Eb\u200F\u061Cc')).toBe('abc');
  });

  it('removes zero-width spaces, soft hyphens, tag characters and control characters', () => {
    expect(withoutInvisibleControls('a\u200Bb\u00ADc\u{E0041}d\u0007e\u0085f')).toBe('abcdef');
  });

  it('keeps the zero-width non-joiner and joiner that Persian and emoji need', () => {
    expect(withoutInvisibleControls('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(withoutInvisibleControls('👩\u200D⚖️')).toBe('👩\u200D⚖️');
  });
});
