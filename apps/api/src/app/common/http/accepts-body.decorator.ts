// Declares the body types a route reads, for the content-type check and OpenAPI at once.
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiConsumes } from '@nestjs/swagger';

export const ACCEPTED_BODY_TYPES = 'amparo:accepted-body-types';

export const AcceptsBody = (...types: string[]) =>
  applyDecorators(ApiConsumes(...types), SetMetadata(ACCEPTED_BODY_TYPES, types));
