import path from 'node:path';
import { env } from '../src/env';

export default () => {
  if (env.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: { connectionString: env.DATABASE_URL, schema: env.DATABASE_SCHEMA },
        pool: { min: 0, max: env.DATABASE_POOL_MAX },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      // Relative paths are taken from apps/cms, not from dist/ where this file runs.
      connection: { filename: path.resolve(__dirname, '..', '..', env.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};
