// The one shape every API error has, whatever raised it.
import type { ErrorDetail } from '@amparo/domain';

export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: readonly ErrorDetail[];
}
