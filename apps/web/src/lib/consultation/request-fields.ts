import { isLocale, type Locale } from '@haven/i18n';
import { californiaCounties } from '@/lib/resources/california-counties';

/** What a person can ask help with (the form's checkboxes). */
export const helpTopics = ['compensation', 'sue', 'record', 'immigration', 'other'] as const;
export type HelpTopic = (typeof helpTopics)[number];

/** The ways staff may reach someone; each has its own safety answers. */
export const contactMethods = ['call', 'text', 'email'] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** The longest each free-text field may be, in characters (the form states the message's). */
export const maxLengths = { name: 100, phone: 30, email: 254, times: 200, codeWord: 50, message: 1000 } as const;

/** Every field the form posts, as typed; what comes back to the form after an error. */
export interface RequestValues {
  name: string;
  language: string;
  phone: string;
  email: string;
  /** Per method: whether they chose it, may we leave a message, may we say who we are, safe days and times. */
  call: boolean;
  callMessage: boolean;
  callSayWho: boolean;
  callTimes: string;
  text: boolean;
  textMessage: boolean;
  textSayWho: boolean;
  textTimes: string;
  emailMessage: boolean;
  emailSayWho: boolean;
  emailTimes: string;
  codeWord: string;
  selfContact: boolean;
  county: string;
  help: HelpTopic[];
  message: string;
}

export type RequestError =
  'noWayToReach' | 'phoneInvalid' | 'phoneMissing' | 'phoneUnused' | 'emailInvalid' | 'tooLong' | 'countyUnknown' | 'languageUnknown';

export type RequestErrors = Partial<Record<keyof RequestValues, RequestError>>;

/** A contact method as intake staff read it: how to reach, and what is safe. */
export interface SafeContact {
  method: ContactMethod;
  address: string;
  leaveMessage: boolean;
  sayWhoWeAre: boolean;
  safeTimes: string;
}

/** What is sealed: the safe-contact instructions first, as staff must read them first. */
export interface ConsultationRequest {
  version: 1;
  contact: SafeContact[];
  willContactUs: boolean;
  codeWord: string;
  name: string;
  language: string;
  county: string;
  help: HelpTopic[];
  message: string;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  // Line breaks typed in a text area are kept as \n; nothing else invisible is.
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
};
const checked = (form: FormData, name: string) => form.get(name) === 'yes';

/** The posted form as typed, unchecked (a value that is not a string counts as empty). */
export function readRequestValues(form: FormData, pageLocale: Locale): RequestValues {
  return {
    name: text(form, 'name'),
    language: text(form, 'language') || pageLocale,
    phone: text(form, 'phone'),
    email: text(form, 'email'),
    call: checked(form, 'call'),
    callMessage: checked(form, 'callMessage'),
    callSayWho: checked(form, 'callSayWho'),
    callTimes: text(form, 'callTimes'),
    text: checked(form, 'text'),
    textMessage: checked(form, 'textMessage'),
    textSayWho: checked(form, 'textSayWho'),
    textTimes: text(form, 'textTimes'),
    emailMessage: checked(form, 'emailMessage'),
    emailSayWho: checked(form, 'emailSayWho'),
    emailTimes: text(form, 'emailTimes'),
    codeWord: text(form, 'codeWord'),
    selfContact: checked(form, 'selfContact'),
    county: text(form, 'county'),
    help: form.getAll('help').filter((topic): topic is HelpTopic => helpTopics.includes(topic as HelpTopic)),
    message: text(form, 'message'),
  };
}

const length = (value: string) => [...value].length;
// Digits with the separators people type; 7 to 15 digits (E.164's most).
const phonePattern = /^\+?[\d\s().-]+$/;
const digitCount = (value: string) => value.replace(/\D/g, '').length;
// One @, something on each side, a dot in the domain, no spaces: what a mail server needs to try.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Each field's problem, if any: the form shows them by the field, in the visitor's language. */
export function validateRequest(values: RequestValues): RequestErrors {
  const errors: RequestErrors = {};
  for (const field of ['name', 'phone', 'email', 'callTimes', 'textTimes', 'emailTimes', 'codeWord', 'message'] as const) {
    const limit = field.endsWith('Times') ? maxLengths.times : maxLengths[field as keyof typeof maxLengths];
    if (length(values[field]) > limit) errors[field] = 'tooLong';
  }
  if (values.phone && !errors.phone && (!phonePattern.test(values.phone) || digitCount(values.phone) < 7 || digitCount(values.phone) > 15))
    errors.phone = 'phoneInvalid';
  if ((values.call || values.text) && !values.phone) errors.phone = 'phoneMissing';
  if (values.phone && !values.call && !values.text && !errors.phone) errors.phone = 'phoneUnused';
  if (values.email && !errors.email && !emailPattern.test(values.email)) errors.email = 'emailInvalid';
  if (values.county && !californiaCounties.includes(values.county as never)) errors.county = 'countyUnknown';
  if (!isLocale(values.language) && values.language !== 'other') errors.language = 'languageUnknown';
  const reachable = values.selfContact || values.email !== '' || ((values.call || values.text) && values.phone !== '');
  if (!reachable) errors.selfContact = 'noWayToReach';
  return errors;
}

/** The request staff will read, from values that passed validateRequest. */
export function toConsultationRequest(values: RequestValues): ConsultationRequest {
  const phoneMethods = (['call', 'text'] as const).filter((method) => values[method]);
  return {
    version: 1,
    contact: [
      ...phoneMethods.map((method) => ({
        method,
        address: values.phone,
        leaveMessage: values[`${method}Message`],
        sayWhoWeAre: values[`${method}SayWho`],
        safeTimes: values[`${method}Times`],
      })),
      ...(values.email
        ? [
            {
              method: 'email' as const,
              address: values.email,
              leaveMessage: values.emailMessage,
              sayWhoWeAre: values.emailSayWho,
              safeTimes: values.emailTimes,
            },
          ]
        : []),
    ],
    willContactUs: values.selfContact,
    codeWord: values.codeWord,
    name: values.name,
    language: values.language,
    county: values.county,
    help: values.help,
    message: values.message,
  };
}
