import { flyerPath, permalinkPath, qrCodePath, smsShareHref } from './share-links';

it('builds the permalink of a document in a locale', () => {
  expect(permalinkPath('abc123', 'zh-Hant')).toBe('/go/abc123?lang=zh-Hant');
});

it("builds the partner addresses of a document's flyer and QR code", () => {
  expect(flyerPath('abc123', 'fa')).toBe('/go/abc123/flyer?lang=fa');
  expect(qrCodePath('home', 'vi')).toBe('/go/home/qr?lang=vi');
});

it('puts the whole text, encoded, in the body of a message with no recipient', () => {
  expect(smsShareHref('Ayuda: https://haven.example/go/abc?lang=es')).toBe(
    'sms:?&body=Ayuda%3A%20https%3A%2F%2Fhaven.example%2Fgo%2Fabc%3Flang%3Des',
  );
});
