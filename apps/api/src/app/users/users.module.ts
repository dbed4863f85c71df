// Office administration: accounts (users) and the office's own settings.
import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationSettingsController } from '../organizations/organization-settings.controller';
import { OrganizationSettingsService } from '../organizations/organization-settings.service';
import { AccountNotices } from './account-notices.service';
import { MemberProfileController } from './member-profile.controller';
import { MemberProfileService } from './member-profile.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [IdentityModule, NotificationsModule],
  controllers: [UsersController, MemberProfileController, OrganizationSettingsController],
  providers: [UsersService, MemberProfileService, AccountNotices, OrganizationSettingsService],
})
export class UsersModule {}
