import { parse } from 'graphql';
import { hasFragmentCycle } from './fragment-cycles';

describe('hasFragmentCycle', () => {
  it('finds a fragment that spreads itself, directly or through others', () => {
    expect(hasFragmentCycle(parse('{ a { ...A } } fragment A on T { ...A }'))).toBe(true);
    expect(hasFragmentCycle(parse('{ a { ...A } } fragment A on T { b { ...B } } fragment B on T { c { ...A } }'))).toBe(true);
  });

  it('accepts fragments that share others without a loop', () => {
    expect(hasFragmentCycle(parse('{ a { ...A ...B } } fragment A on T { ...C } fragment B on T { ...C } fragment C on T { x }'))).toBe(
      false,
    );
  });
});
