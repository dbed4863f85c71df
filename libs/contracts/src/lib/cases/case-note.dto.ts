// Privileged case notes: written by the team, read by whoever may read the case, every read audited.
import { IsString, Length } from 'class-validator';

export class CreateCaseNoteDto {
  @IsString()
  @Length(1, 20_000, { message: 'body must be between 1 and 20000 characters' })
  body!: string;
}

export interface CaseNoteResponse {
  id: string;
  caseId: string;
  body: string;
  authorId: string | null;
  createdAt: string;
}
