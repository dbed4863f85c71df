// Clients, cases and their timeline over HTTP; handlers only delegate.
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ArchiveCaseDto,
  AssignCaseDto,
  CaseloadQueryDto,
  CorrectCaseEventDto,
  CreateCaseDto,
  CreateCaseEventDto,
  CreateCaseNoteDto,
  ClientSearchDto,
  type ClientSearchResult,
  CreateClientDto,
  UpdateClientDto,
  DuplicateCheckDto,
  UpdateCaseDto,
  type CaseEventResponse,
  type CaseloadPage,
  type CaseNoteResponse,
  type CaseResponse,
  type ClientResponse,
  type DuplicateMatch,
} from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CaseEventsService } from './case-events.service';
import { CaseloadService } from './caseload.service';
import { CaseNotesService } from './case-notes.service';
import { CasesService } from './cases.service';
import { ClientsService } from './clients.service';
import { EventCorrectionsService } from './event-corrections.service';
import { RecordId } from '../common/http/record-id.decorator';

@ApiTags('cases')
@Controller()
export class CasesController {
  constructor(
    private readonly clients: ClientsService,
    private readonly cases: CasesService,
    private readonly events: CaseEventsService,
    private readonly notes: CaseNotesService,
    private readonly caseload: CaseloadService,
    private readonly corrections: EventCorrectionsService,
  ) {}

  @Get('cases')
  @RequirePermission('cases.read')
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: CaseloadQueryDto,
  ): Promise<CaseloadPage> {
    return this.caseload.page(principal, query);
  }

  @Post('clients/duplicate-check')
  @HttpCode(200)
  @RequirePermission('cases.intake')
  duplicates(
    @CurrentPrincipal() principal: Principal,
    @Body() body: DuplicateCheckDto,
  ): Promise<DuplicateMatch[]> {
    return this.clients.findDuplicates(principal, body);
  }

  @Post('clients')
  @RequirePermission('cases.intake')
  createClient(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateClientDto,
  ): Promise<ClientResponse> {
    return this.clients.create(principal, body);
  }

  @Get('clients')
  @RequirePermission('cases.read')
  searchClients(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ClientSearchDto,
  ): Promise<ClientSearchResult[]> {
    return this.clients.search(principal, query.q);
  }

  @Get('clients/:id')
  @RequirePermission('cases.read')
  getClient(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<ClientResponse> {
    return this.clients.get(principal, id);
  }

  @Patch('clients/:id')
  @RequirePermission('cases.edit')
  updateClient(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: UpdateClientDto,
  ): Promise<ClientResponse> {
    return this.clients.update(principal, id, body);
  }

  @Post('cases')
  @RequirePermission('cases.intake')
  openCase(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateCaseDto,
  ): Promise<CaseResponse> {
    return this.cases.open(principal, body, true);
  }

  @Get('cases/:id')
  @RequirePermission('cases.read')
  getCase(@CurrentPrincipal() principal: Principal, @RecordId() id: string): Promise<CaseResponse> {
    return this.cases.get(principal, id);
  }

  @Patch('cases/:id')
  @RequirePermission('cases.edit')
  updateCase(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseResponse> {
    return this.cases.update(principal, id, body);
  }

  @Post('cases/:id/assignment')
  @HttpCode(200)
  @RequirePermission('cases.assign')
  assign(@RecordId() id: string, @Body() body: AssignCaseDto): Promise<CaseResponse> {
    return this.cases.assign(id, body);
  }

  @Get('cases/:id/events')
  @RequirePermission('cases.read')
  listEvents(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<CaseEventResponse[]> {
    return this.events.list(principal, id);
  }

  @Post('cases/:id/events')
  @RequirePermission('events.record')
  recordEvent(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: CreateCaseEventDto,
  ): Promise<CaseEventResponse> {
    return this.events.record(principal, id, body);
  }

  /** 200 with the corrected event, or 202 when it waits for an attorney (`pendingCorrection`). */
  @Patch('cases/:id/events/:eventId')
  @RequirePermission('events.record')
  @ApiResponse({ status: 202, description: 'The correction waits for an attorney of the case' })
  async correctEvent(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @RecordId('eventId') eventId: string,
    @Body() body: CorrectCaseEventDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseEventResponse> {
    const event = await this.corrections.correct(principal, id, eventId, body);
    if (event.pendingCorrection) response.status(HttpStatus.ACCEPTED);
    return event;
  }

  @Get('cases/:id/notes')
  @RequirePermission('notes.read')
  listNotes(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<CaseNoteResponse[]> {
    return this.notes.list(principal, id);
  }

  @Post('cases/:id/notes')
  @RequirePermission('notes.write')
  writeNote(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: CreateCaseNoteDto,
  ): Promise<CaseNoteResponse> {
    return this.notes.write(principal, id, body);
  }

  @Post('cases/:id/archive')
  @HttpCode(200)
  @RequirePermission('cases.archive')
  archive(@RecordId() id: string, @Body() body: ArchiveCaseDto): Promise<CaseResponse> {
    return this.cases.archive(id, body);
  }

  @Delete('clients/:id')
  @RequirePermission('clients.erase')
  erase(@RecordId() id: string): Promise<{ erasedCases: number }> {
    return this.clients.erase(id);
  }
}
