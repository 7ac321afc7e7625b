/** One random secret (32 bytes, base64url). */
export function secret(): string;
/** Fresh values for every secret Strapi requires before it loads. */
export function throwawayStrapiSecrets(): Record<
  'APP_KEYS' | 'API_TOKEN_SALT' | 'ADMIN_JWT_SECRET' | 'TRANSFER_TOKEN_SALT' | 'JWT_SECRET' | 'ENCRYPTION_KEY',
  string
>;
