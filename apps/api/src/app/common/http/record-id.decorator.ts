// A record id from the path. Anything that is not a UUID cannot name a record, so it answers the
// same 404 as a record that does not exist (never a 400 that tells ids apart).
import { Param, ParseUUIDPipe } from '@nestjs/common';

export const RecordId = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 }));
