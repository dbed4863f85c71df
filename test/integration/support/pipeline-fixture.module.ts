// Routes mounted only in tests, to drive the global pipeline (validation, errors, transactions)
// with inputs no production route should ever need to accept.
import { Body, Controller, Module, Post } from '@nestjs/common';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Public } from '../../../apps/api/src/app/identity/permission.decorator';
import { TenantTransactions } from '../../../apps/api/src/app/database/tenant-transactions';
import { OrganizationEntity } from '../../../apps/api/src/app/organizations/organization.entity';

export class EchoDto {
  @IsString()
  @MaxLength(20)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  count!: number;
}

export const FIXTURE_ORGANIZATION_ID = 'f1f1f1f1-0000-4000-8000-000000000001';

@Public()
@Controller('test-fixtures')
export class PipelineFixtureController {
  constructor(private readonly transactions: TenantTransactions) {}

  @Post('echo')
  echo(@Body() body: EchoDto): EchoDto {
    return body;
  }

  /** Writes a row, then fails: the per-request transaction must leave nothing behind. */
  @Post('write-then-fail')
  async writeThenFail(): Promise<never> {
    await this.transactions.run(null, async () => undefined);
    await this.transactions.manager.query(`SELECT set_config('app.organization_id', $1, true)`, [
      FIXTURE_ORGANIZATION_ID,
    ]);
    await this.transactions.manager.insert(OrganizationEntity, {
      id: FIXTURE_ORGANIZATION_ID,
      name: 'Half-written (fixture)',
      slug: 'half-written-fixture',
      caseVisibility: 'assigned',
      settings: {},
    });
    throw new Error('fixture failure after a write');
  }

  /** A raw database error must reach the caller as a plain 500, without SQL. */
  @Post('sql-error')
  async sqlError(): Promise<never> {
    await this.transactions.manager.query('SELECT * FROM table_that_does_not_exist_secret_name');
    throw new Error('unreachable');
  }
}

@Module({ controllers: [PipelineFixtureController] })
export class PipelineFixtureModule {}
