// Office settings for its admins; handlers only delegate.
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  UpdateOrganizationSettingsDto,
  type OfficeDefaultsResponse,
  type OrganizationSettingsResponse,
} from '@amparo/contracts';
import { RequirePermission } from '../identity/permission.decorator';
import { OrganizationSettingsService } from './organization-settings.service';

@ApiTags('organization')
@Controller('organization')
export class OrganizationSettingsController {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Get('defaults')
  @RequirePermission('cases.intake')
  defaults(): Promise<OfficeDefaultsResponse> {
    return this.settings.defaults();
  }

  @Get('settings')
  @RequirePermission('organization.manage')
  get(): Promise<OrganizationSettingsResponse> {
    return this.settings.get();
  }

  @Patch('settings')
  @RequirePermission('organization.manage')
  update(@Body() body: UpdateOrganizationSettingsDto): Promise<OrganizationSettingsResponse> {
    return this.settings.update(body);
  }
}
