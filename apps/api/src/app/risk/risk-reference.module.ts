// Risk screening reference data: the published instrument and each office's country profiles.
import { Module } from '@nestjs/common';
import { CountryProfilesController } from './country-profiles.controller';
import { CountryProfilesService } from './country-profiles.service';
import { RiskInstrumentController } from './risk-instrument.controller';

@Module({
  controllers: [RiskInstrumentController, CountryProfilesController],
  providers: [CountryProfilesService],
  exports: [CountryProfilesService],
})
export class RiskReferenceModule {}
