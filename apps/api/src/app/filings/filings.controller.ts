// Filing templates and a case's generated filings over HTTP; handlers only delegate.
import { Body, Controller, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateFilingBatchDto,
  FilingTransitionDto,
  GenerateFilingDto,
  type FilingResponse,
  type FilingTemplateResponse,
  type BackgroundJobResponse,
} from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { FilingBatchesService } from './filing-batches.service';
import { FilingsService } from './filings.service';
import { RecordId } from '../common/http/record-id.decorator';

const pdf = ({ fileName, bytes }: { fileName: string; bytes: Buffer }) =>
  new StreamableFile(bytes, {
    type: 'application/pdf',
    disposition: `attachment; filename="${fileName}"`,
    length: bytes.length,
  });

@ApiTags('filings')
@Controller()
export class FilingsController {
  constructor(
    private readonly filings: FilingsService,
    private readonly batches: FilingBatchesService,
  ) {}

  @Get('filing-templates')
  @RequirePermission('rules.read')
  templates(): FilingTemplateResponse[] {
    return this.filings.templates();
  }

  @Post('cases/:id/filings')
  @RequirePermission('filings.draft')
  generate(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
    @Body() input: GenerateFilingDto,
  ): Promise<FilingResponse> {
    return this.filings.generate(principal, caseId, input);
  }

  @Post('filings/batches')
  @HttpCode(202)
  @RequirePermission('filings.draft')
  batch(
    @CurrentPrincipal() principal: Principal,
    @Body() input: CreateFilingBatchDto,
  ): Promise<BackgroundJobResponse> {
    return this.batches.submit(principal, input);
  }

  @Get('cases/:id/filings')
  @RequirePermission('cases.read')
  list(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
  ): Promise<FilingResponse[]> {
    return this.filings.list(principal, caseId);
  }

  @Get('filings/:id/pdf')
  @RequirePermission('filings.download')
  async download(
    @CurrentPrincipal() principal: Principal,
    @RecordId() filingId: string,
  ): Promise<StreamableFile> {
    return pdf(await this.filings.download(principal, filingId));
  }

  @Post('filings/:id/approved')
  @HttpCode(200)
  @RequirePermission('filings.approve')
  approve(
    @CurrentPrincipal() principal: Principal,
    @RecordId() filingId: string,
    @Body() input: FilingTransitionDto,
  ): Promise<FilingResponse> {
    return this.filings.approve(principal, filingId, input);
  }

  @Post('filings/:id/filed')
  @HttpCode(200)
  @RequirePermission('filings.mark-filed')
  filed(
    @CurrentPrincipal() principal: Principal,
    @RecordId() filingId: string,
    @Body() input: FilingTransitionDto,
  ): Promise<FilingResponse> {
    return this.filings.markFiled(principal, filingId, input);
  }

  @Post('filings/:id/served')
  @HttpCode(200)
  @RequirePermission('filings.draft')
  served(
    @CurrentPrincipal() principal: Principal,
    @RecordId() filingId: string,
    @Body() input: FilingTransitionDto,
  ): Promise<FilingResponse> {
    return this.filings.markServed(principal, filingId, input);
  }
}
