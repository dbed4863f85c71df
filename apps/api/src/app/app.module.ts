// The API's composition root: infrastructure first, then one module per feature.
import { resolve } from 'node:path';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { setClientCacheHeaders } from './common/http/client-files';
import { AuditModule } from './audit/audit.module';
import { CasesModule } from './cases/cases.module';
import { ApiExceptionFilter } from './common/errors/api-exception.filter';
import { ContentTypeGuard } from './common/http/content-type.guard';
import { RequestInputGuard } from './common/http/request-input.guard';
import { CryptoModule } from './crypto/crypto.module';
import type { AppConfig } from './config/app.config';
import { APP_CONFIG } from './config/app-config.token';
import { DatabaseModule } from './database/database.module';
import type { DatabaseEndpoints } from './database/database-endpoints';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { FilingsModule } from './filings/filings.module';
import { HealthModule } from './health/health.module';
import { IdentityModule } from './identity/identity.module';
import { IntakeModule } from './intake/intake.module';
import { NotificationJobsModule } from './notifications/notification-jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RequestChecksGuard } from './request-checks.guard';
import { JobsModule } from './jobs/jobs.module';
import { RiskAssessmentsModule } from './risk/risk-assessments.module';
import { RiskReferenceModule } from './risk/risk-reference.module';
import { RuleChangesModule } from './rule-changes/rule-changes.module';
import { SupervisionModule } from './supervision/supervision.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    endpoints: DatabaseEndpoints,
    extraModules: Type[] = [],
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(endpoints),
        AuditModule,
        CryptoModule,
        DiscoveryModule,
        JobsModule,
        IdentityModule,
        UsersModule,
        CasesModule,
        IntakeModule,
        RiskReferenceModule,
        RiskAssessmentsModule,
        DeadlinesModule,
        RuleChangesModule,
        FilingsModule,
        SupervisionModule,
        NotificationsModule,
        NotificationJobsModule,
        HealthModule,
        ...extraModules,
        // The built client at `/`; any deep link that is not a file gets index.html. Always
        // mounted (tests mount a stand-in client), so every run has the same middleware order.
        ServeStaticModule.forRoot({
          rootPath: resolve(config.AMPARO_CLIENT_DIR),
          exclude: ['/api', '/api/{*rest}'],
          // Also applied to index.html when it answers a deep link: never kept by a browser.
          serveStaticOptions: { setHeaders: setClientCacheHeaders },
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        ContentTypeGuard,
        RequestInputGuard,
        { provide: APP_GUARD, useClass: RequestChecksGuard },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
