import { readRequestValues, toConsultationRequest, validateRequest } from '@/lib/consultation/request-fields';

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
};
const check = (fields: Record<string, string | string[]>) => validateRequest(readRequestValues(form(fields), 'es'));

describe('consultation request fields', () => {
  it('needs one way to reach the person, or their word that they will get in touch', () => {
    expect(check({})).toEqual({ selfContact: 'noWayToReach' });
    expect(check({ selfContact: 'yes' })).toEqual({});
    expect(check({ email: 'ana@example.org' })).toEqual({});
    expect(check({ phone: '(213) 555-0199', text: 'yes' })).toEqual({});
  });

  it('names the phone field for a number that is not one, missing, or given without call or text', () => {
    expect(check({ phone: 'call me', call: 'yes' })).toMatchObject({ phone: 'phoneInvalid' });
    expect(check({ phone: '12345', call: 'yes' })).toMatchObject({ phone: 'phoneInvalid' });
    expect(check({ call: 'yes' })).toMatchObject({ phone: 'phoneMissing' });
    expect(check({ phone: '213 555 0199', selfContact: 'yes' })).toEqual({ phone: 'phoneUnused' });
  });

  it('names the email field for an address that is not one', () => {
    expect(check({ email: 'ana at example' })).toMatchObject({ email: 'emailInvalid' });
  });

  it('states each limit: 1,000 characters for the message, counted as characters', () => {
    expect(check({ selfContact: 'yes', message: '😀'.repeat(1000) })).toEqual({});
    expect(check({ selfContact: 'yes', message: 'a'.repeat(1001) })).toEqual({ message: 'tooLong' });
    expect(check({ selfContact: 'yes', codeWord: 'x'.repeat(51) })).toEqual({ codeWord: 'tooLong' });
  });

  it('refuses a county or language the form does not offer, and defaults the language to the page’s', () => {
    expect(check({ selfContact: 'yes', county: 'Atlantis' })).toEqual({ county: 'countyUnknown' });
    expect(check({ selfContact: 'yes', language: 'xx' })).toEqual({ language: 'languageUnknown' });
    expect(readRequestValues(form({}), 'fa').language).toBe('fa');
  });

  it('seals the safe-contact instructions first, one entry per way to reach them', () => {
    const values = readRequestValues(
      form({
        phone: '213 555 0199',
        call: 'yes',
        callTimes: 'weekdays 9–11',
        text: 'yes',
        textMessage: 'yes',
        codeWord: 'sunflower',
        help: ['compensation', 'bogus'],
      }),
      'en',
    );
    const request = toConsultationRequest(values);
    expect(Object.keys(request).slice(0, 3)).toEqual(['version', 'contact', 'willContactUs']);
    expect(request.contact).toEqual([
      { method: 'call', address: '213 555 0199', leaveMessage: false, sayWhoWeAre: false, safeTimes: 'weekdays 9–11' },
      { method: 'text', address: '213 555 0199', leaveMessage: true, sayWhoWeAre: false, safeTimes: '' },
    ]);
    expect(request.help).toEqual(['compensation']);
    expect(request.codeWord).toBe('sunflower');
  });
});
