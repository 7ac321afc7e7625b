import { permalinkPath, smsShareHref } from './share-links';

it('builds the permalink of a document in a locale', () => {
  expect(permalinkPath('abc123', 'zh-Hant')).toBe('/go/abc123?lang=zh-Hant');
});

it('puts the whole text, encoded, in the body of a message with no recipient', () => {
  expect(smsShareHref('Ayuda: https://haven.example/go/abc?lang=es')).toBe(
    'sms:?&body=Ayuda%3A%20https%3A%2F%2Fhaven.example%2Fgo%2Fabc%3Flang%3Des',
  );
});
