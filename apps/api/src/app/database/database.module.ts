// Connects the application role, checks it cannot bypass row-level security, and provides the
// tenant transactions every feature uses.
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertSafeAppRole } from './app-role.check';
import type { DatabaseEndpoints } from './database-endpoints';
import { dataSourceOptions } from './data-source.options';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';
import { TenantTransactions } from './tenant-transactions';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(endpoints: DatabaseEndpoints): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(endpoints.app, { poolMax: endpoints.poolMax }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('TypeORM options missing');
            const dataSource = await new DataSource(options).initialize();
            try {
              await assertSafeAppRole(dataSource);
            } catch (error) {
              await dataSource.destroy();
              throw error;
            }
            return dataSource;
          },
        }),
      ],
      providers: [
        TenantTransactions,
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
      ],
      exports: [TenantTransactions],
    };
  }
}
