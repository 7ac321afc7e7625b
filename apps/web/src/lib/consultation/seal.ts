import sodium from 'libsodium-wrappers';

/**
 * Seals text to the organisation's public key (libsodium sealed box: X25519 + XSalsa20-Poly1305
 * with a throwaway sender key), as standard base64. Only the private key, which never reaches a
 * server, opens it; the site itself cannot read a request once sealed.
 */
export async function sealToOrganisation(plaintext: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready;
  const publicKey = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  if (publicKey.length !== sodium.crypto_box_PUBLICKEYBYTES) throw new Error('REQUEST_PUBLIC_KEY: must be a 32-byte X25519 key in base64');
  return sodium.to_base64(sodium.crypto_box_seal(plaintext, publicKey), sodium.base64_variants.ORIGINAL);
}
