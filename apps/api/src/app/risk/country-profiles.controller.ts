// Country reference data for every member; supervisors adapt it for their office. Handlers only delegate.
import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UpdateCountryProfileDto, type CountryProfileResponse } from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CountryProfilesService } from './country-profiles.service';

@ApiTags('country-profiles')
@Controller('country-profiles')
export class CountryProfilesController {
  constructor(private readonly profiles: CountryProfilesService) {}

  @Get()
  @RequirePermission('country-profiles.read')
  list(): Promise<CountryProfileResponse[]> {
    return this.profiles.list();
  }

  @Get(':code')
  @RequirePermission('country-profiles.read')
  get(@Param('code') code: string): Promise<CountryProfileResponse> {
    return this.profiles.get(code);
  }

  @Put(':code')
  @RequirePermission('country-profiles.edit')
  update(
    @CurrentPrincipal() editor: Principal,
    @Param('code') code: string,
    @Body() body: UpdateCountryProfileDto,
  ): Promise<CountryProfileResponse> {
    return this.profiles.update(editor, code, body);
  }

  @Delete(':code')
  @RequirePermission('country-profiles.edit')
  revert(
    @CurrentPrincipal() editor: Principal,
    @Param('code') code: string,
  ): Promise<CountryProfileResponse> {
    return this.profiles.revert(editor, code);
  }
}
