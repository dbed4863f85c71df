// Builds the HTTP application exactly as production runs it; tests use the same function.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import {
  RequestValidationException,
  toValidationDetails,
} from './common/errors/validation.exception';
import { recordBodyParserErrors } from './common/http/body-parser-errors.middleware';
import { noStore } from './common/http/no-store.middleware';
import { compressedClientFiles } from './common/http/client-files';
import { PinoNestLogger, requestLogger } from './common/logging/logger';
import type { AppConfig } from './config/app.config';
import type { DatabaseEndpoints } from './database/database-endpoints';
import { setUpOpenApi } from './openapi/openapi.setup';

export const BODY_LIMIT = '1mb';
export const CSV_BODY_LIMIT = '5mb';

export async function createApp(
  config: AppConfig,
  endpoints: DatabaseEndpoints,
  logger: Logger,
  /** Extra modules, for tests that mount fixture routes on the real pipeline. */
  extraModules: Type[] = [],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, endpoints, extraModules),
    {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    },
  );
  const clientDir = resolve(config.AMPARO_CLIENT_DIR);
  if (!existsSync(join(clientDir, 'index.html'))) {
    logger.warn({ clientDir }, 'no built client here: / answers 404 (npm run build builds it)');
  }
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(requestLogger(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI and Angular Material set inline styles; scripts stay 'self' only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.use('/api', noStore);
  app.use(compressedClientFiles(clientDir));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Intake files: the one text body the API reads (routes declare it with @AcceptsBody).
  app.useBodyParser('text', { type: 'text/csv', limit: CSV_BODY_LIMIT });
  // Kept on the request and raised after authentication (RequestChecksGuard).
  app.use(recordBodyParserErrors);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new RequestValidationException(toValidationDetails(errors)),
    }),
  );
  await setUpOpenApi(app);
  return app;
}
