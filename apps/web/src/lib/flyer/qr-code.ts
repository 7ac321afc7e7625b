import QRCode from 'qrcode';

/**
 * A QR code for `url` as an SVG string, made on the server (no script, no request elsewhere).
 * Error correction M survives a creased or photocopied flyer; the quiet zone is the standard four modules.
 */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
