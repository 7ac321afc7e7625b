import { termsOf } from './terms';

const forms = (text: string, query = false) => termsOf(text, { query }).map((term) => term.forms.join('|'));

describe('termsOf', () => {
  it('folds Latin words to one stem for plurals and simple inflections', () => {
    expect(forms('Victims trafficking agencies compensaciones mujeres derechos')).toEqual([
      'victim',
      'traffick',
      'agency',
      'compensacion',
      'mujer',
      'derecho',
    ]);
    expect(forms('victim trafficked compensación')).toEqual(['victim', 'traffick', 'compensacion']);
  });

  it('cuts Chinese into overlapping pairs, Traditional and Simplified alike', () => {
    expect(forms('受害者補償')).toEqual(['受害', '害者', '者补', '补偿']);
    expect(forms('补偿')).toEqual(['补偿']);
    expect(forms('法')).toEqual(['法']);
  });

  it('indexes a Korean word with and without its particle, and queries by the stem', () => {
    expect(forms('보상을 받으려면')).toEqual(['보상을|보상', '받으려면']);
    expect(forms('보상을', true)).toEqual(['보상']);
  });

  it('knows where each term stands in the original text', () => {
    const text = 'Sobreviviente: compensación';
    const [, second] = termsOf(text);
    expect(text.slice(second!.start, second!.end)).toBe('compensación');
    const chinese = '申請補償';
    const last = termsOf(chinese).at(-1)!;
    expect(chinese.slice(last.start, last.end)).toBe('補償');
  });
});
