import { fold, foldText } from './fold';

describe('fold', () => {
  it.each([
    ['compensación', 'compensacion'],
    ['COMPENSACIÓN', 'compensacion'],
    ['bồi thường', 'boi thuong'],
    ['Đường', 'duong'],
    ['compensacio\u0301n', 'compensacion'], // NFD input
    ['قربانيان', 'قربانیان'], // Arabic yeh
    ['كمك', 'کمک'], // Arabic kaf
    ['می\u200cخواهم', 'میخواهم'], // ZWNJ
    ['۱۲۳ ٤٥٦', '123 456'],
    ['補償', '补偿'], // Traditional → Simplified
    ['보상을', '보상을'], // Hangul stays whole
    ['paghingi ng tulong', 'paghingi ng tulong'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('traces every folded position back to the original text', () => {
    const original = 'Bồi thường';
    const { text, origin } = foldText(original);
    expect(text).toBe('boi thuong');
    expect(original.slice(origin[4], origin[9]! + 1)).toBe('thường');
  });
});
