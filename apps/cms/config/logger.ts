import { formats, winston } from '@strapi/logger';
import { env } from '../src/env';

// Request lines carry method, path, time and status only: never a visitor's IP address.
export default {
  level: env.CMS_LOG_LEVEL,
  format: formats.prettyPrint(),
  transports: [new winston.transports.Console()],
};
