// For the rare route that must not hold a transaction (the health probe reports a database that
// is down instead of failing to open one).
import { SetMetadata } from '@nestjs/common';

export const WITHOUT_TRANSACTION = 'amparo:without-transaction';

export const WithoutTransaction = () => SetMetadata(WITHOUT_TRANSACTION, true);
