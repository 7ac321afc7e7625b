import { mailtoHref, smsHref, telHref, websiteHref, websiteLabel } from '@/lib/resources/contact-links';

describe('telHref', () => {
  it('keeps only the digits of a number as editors write it', () => {
    expect(telHref('1-888-373-7888')).toBe('tel:18883737888');
    expect(telHref('(844) 240-4967')).toBe('tel:8442404967');
    expect(telHref('988')).toBe('tel:988');
  });

  it('keeps a leading plus', () => {
    expect(telHref('+1 800 799 7233')).toBe('tel:+18007997233');
  });

  it('returns null when there is nothing to dial', () => {
    expect(telHref('call us')).toBeNull();
    expect(telHref('')).toBeNull();
  });
});

describe('smsHref', () => {
  it('builds an sms: link', () => {
    expect(smsHref('233733')).toBe('sms:233733');
  });
});

describe('mailtoHref', () => {
  it('builds a mailto: link for a plain address', () => {
    expect(mailtoHref(' info@victims.ca.gov ')).toBe('mailto:info@victims.ca.gov');
  });

  it('refuses addresses that smuggle in headers or are not addresses', () => {
    expect(mailtoHref('a@example.org?bcc=b@example.org')).toBeNull();
    expect(mailtoHref('not an address')).toBeNull();
    expect(mailtoHref('javascript:alert(1)//@x.org')).toBeNull();
  });
});

describe('websiteHref', () => {
  it('adds https:// to a bare domain', () => {
    expect(websiteHref('humantraffickinghotline.org')).toBe('https://humantraffickinghotline.org/');
  });

  it('keeps a full http(s) URL', () => {
    expect(websiteHref('https://selfhelp.courts.ca.gov/')).toBe('https://selfhelp.courts.ca.gov/');
  });

  it('refuses any other scheme', () => {
    expect(websiteHref('javascript:alert(1)')).toBeNull();
    expect(websiteHref('mailto:a@example.org')).toBeNull();
    expect(websiteHref('not a website')).toBeNull();
  });
});

describe('websiteLabel', () => {
  it('shows the host without www and without a trailing slash', () => {
    expect(websiteLabel('https://www.thehotline.org/')).toBe('thehotline.org');
    expect(websiteLabel('https://lawhelpca.org/find-help/')).toBe('lawhelpca.org/find-help');
  });
});
