// A stored filing as the API returns it (never the PDF bytes: those come from the download route).
import type { FilingResponse } from '@amparo/contracts';
import type { FilingEntity } from './filing.entity';

export function toFilingResponse(filing: FilingEntity): FilingResponse {
  return {
    id: filing.id,
    caseId: filing.caseId,
    templateId: filing.templateId,
    templateVersion: filing.templateVersion,
    language: filing.language,
    filingVersion: filing.filingVersion,
    title: filing.title,
    pageCount: filing.pageCount,
    sha256: filing.sha256,
    byteSize: filing.byteSize,
    status: filing.status,
    approvedAt: filing.approvedAt?.toISOString() ?? null,
    approvedBy: filing.approvedBy,
    riskAssessmentId: filing.riskAssessmentId,
    riskSignedOff: filing.riskSignedOff,
    filedAt: filing.filedAt?.toISOString() ?? null,
    filedBy: filing.filedBy,
    filedEventId: filing.filedEventId,
    servedAt: filing.servedAt?.toISOString() ?? null,
    servedBy: filing.servedBy,
    createdBy: filing.createdBy,
    batchJobId: filing.batchJobId,
    createdAt: filing.createdAt.toISOString(),
    version: filing.version,
  };
}
