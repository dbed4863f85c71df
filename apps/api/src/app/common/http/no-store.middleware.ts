// The API's answers are one member's view of sensitive records: no browser, proxy or shared device
// keeps a copy of them (the client's own files, outside /api, are cached by their own rules).
import type { NextFunction, Request, Response } from 'express';

export function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
