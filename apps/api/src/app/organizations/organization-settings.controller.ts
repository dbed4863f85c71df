// Office settings for its admins; handlers only delegate.
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  UpdateOrganizationSettingsDto,
  type OrganizationSettingsResponse,
} from '@amparo/contracts';
import { RequirePermission } from '../identity/permission.decorator';
import { OrganizationSettingsService } from './organization-settings.service';

@ApiTags('organization')
@Controller('organization/settings')
export class OrganizationSettingsController {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Get()
  @RequirePermission('organization.manage')
  get(): Promise<OrganizationSettingsResponse> {
    return this.settings.get();
  }

  @Patch()
  @RequirePermission('organization.manage')
  update(@Body() body: UpdateOrganizationSettingsDto): Promise<OrganizationSettingsResponse> {
    return this.settings.update(body);
  }
}
