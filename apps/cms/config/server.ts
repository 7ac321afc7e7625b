import { env } from '../src/env';

export default () => ({
  host: env.HOST,
  port: env.PORT,
  url: env.PUBLIC_URL,
  app: { keys: env.APP_KEYS },
});
