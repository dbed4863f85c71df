// The rule catalogue and deadline previews, for every signed-in member; handlers only delegate.
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  DeadlinePreviewDto,
  type DeadlinePreviewResponse,
  type RuleCatalogueResponse,
} from '@amparo/contracts';
import { RequirePermission } from '../identity/permission.decorator';
import { DeadlinePreviewService } from './deadline-preview.service';
import { RuleCatalogueService } from './rule-catalogue.service';

@ApiTags('deadlines')
@Controller()
export class DeadlinesController {
  constructor(
    private readonly catalogue: RuleCatalogueService,
    private readonly previews: DeadlinePreviewService,
  ) {}

  @Get('rules')
  @RequirePermission('rules.read')
  rules(): RuleCatalogueResponse {
    return this.catalogue.get();
  }

  @Post('deadlines/preview')
  @HttpCode(200)
  @RequirePermission('rules.read')
  preview(@Body() body: DeadlinePreviewDto): Promise<DeadlinePreviewResponse[]> {
    return this.previews.preview(body);
  }
}
