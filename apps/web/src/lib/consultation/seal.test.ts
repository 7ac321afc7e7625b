import { generateKeyPairSync } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import { sealToOrganisation } from '@/lib/consultation/seal';

// A key pair as npm start makes one (node:crypto X25519, raw keys in base64).
function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const raw = (key: typeof publicKey, part: 'x' | 'd') => Buffer.from(key.export({ format: 'jwk' })[part]!, 'base64url');
  return { publicKey: raw(publicKey, 'x'), privateKey: raw(privateKey, 'd') };
}

describe('sealToOrganisation', () => {
  it('seals text that only the private key opens, and differently each time', async () => {
    const keys = keyPair();
    const first = await sealToOrganisation('call after 6 pm — código: girasol', keys.publicKey.toString('base64'));
    const second = await sealToOrganisation('call after 6 pm — código: girasol', keys.publicKey.toString('base64'));
    expect(first).not.toBe(second);
    expect(first).not.toContain('girasol');
    await sodium.ready;
    const box = Buffer.from(first, 'base64');
    expect(sodium.crypto_box_seal_open(box, keys.publicKey, keys.privateKey, 'text')).toBe('call after 6 pm — código: girasol');
    expect(() => sodium.crypto_box_seal_open(box, keyPair().publicKey, keyPair().privateKey)).toThrow();
  });

  it('refuses a public key that is not 32 bytes', async () => {
    await expect(sealToOrganisation('x', Buffer.alloc(16).toString('base64'))).rejects.toThrow(/REQUEST_PUBLIC_KEY/);
  });
});
