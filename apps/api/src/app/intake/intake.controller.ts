// Intake of many people from a CSV file over HTTP: the template, the check, the import job.
import { Body, Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  IntakeImportQueryDto,
  IntakeTemplateQueryDto,
  type IntakeImportResponse,
  type IntakeReportResponse,
} from '@amparo/contracts';
import { AcceptsBody } from '../common/http/accepts-body.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { IntakeService } from './intake.service';

const CSV_BODY = { description: 'the intake file (UTF-8, `,` or `;`)', schema: { type: 'string' } };

@ApiTags('intake')
@Controller('intake/csv')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  @Get('template')
  @RequirePermission('cases.intake')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  template(
    @Query() query: IntakeTemplateQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): string {
    return this.intake.template(attach(response, 'template', query.language));
  }

  @Get('allowed-values')
  @RequirePermission('cases.intake')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  allowedValues(
    @Query() query: IntakeTemplateQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): string {
    return this.intake.allowedValues(attach(response, 'allowed-values', query.language));
  }

  @Post('check')
  @HttpCode(200)
  @RequirePermission('cases.intake')
  @AcceptsBody('text/csv')
  @ApiBody(CSV_BODY)
  check(
    @CurrentPrincipal() principal: Principal,
    @Body() text: string,
  ): Promise<IntakeReportResponse> {
    return this.intake.check(principal, text);
  }

  @Post('import')
  @HttpCode(202)
  @RequirePermission('cases.intake')
  @AcceptsBody('text/csv')
  @ApiBody(CSV_BODY)
  import(
    @CurrentPrincipal() principal: Principal,
    @Body() text: string,
    @Query() query: IntakeImportQueryDto,
  ): Promise<IntakeImportResponse> {
    return this.intake.startImport(principal, text, query.rows ?? 'all');
  }
}

/** Names the download after its kind and language; returns the language. */
function attach(response: Response, kind: string, language: 'en' | 'es' = 'en'): 'en' | 'es' {
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="amparo-intake-${kind}-${language}.csv"`,
  );
  return language;
}
