import sodium from 'libsodium-wrappers';

export interface IntakeKey {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

// The organisation's private key, once a staff member loads it: in this tab's memory only, never
// sent anywhere or stored, and gone when the tab is closed or reloaded.
let loaded: IntakeKey | null = null;

export const loadedKey = (): IntakeKey | null => loaded;

/** Reads intake-private-key.txt (comment lines start with #; the key is 32 bytes in base64). */
export async function loadKey(text: string): Promise<IntakeKey> {
  await sodium.ready;
  const line = text
    .split(/\r?\n/)
    .map((part) => part.trim())
    .find((part) => part !== '' && !part.startsWith('#'));
  let privateKey: Uint8Array;
  try {
    privateKey = sodium.from_base64(line ?? '', sodium.base64_variants.ORIGINAL);
  } catch {
    throw new Error('This is not an intake private key: expected one line of base64.');
  }
  if (privateKey.length !== sodium.crypto_box_SECRETKEYBYTES) throw new Error('This is not an intake private key: it must be 32 bytes.');
  loaded = { privateKey, publicKey: sodium.crypto_scalarmult_base(privateKey) };
  return loaded;
}

export function forgetKey(): void {
  loaded?.privateKey.fill(0);
  loaded = null;
}

/** Opens a sealed request; throws when the key is not the one it was sealed to. */
export async function openSealed(sealed: string, key: IntakeKey): Promise<unknown> {
  await sodium.ready;
  const box = sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL);
  return JSON.parse(sodium.crypto_box_seal_open(box, key.publicKey, key.privateKey, 'text')) as unknown;
}
