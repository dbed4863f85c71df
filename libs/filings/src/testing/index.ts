// Test helpers of the filings library: fixture cases and the pdf.js reader (tests only).
export * from './filing-data.fixture';
export * from './pdfjs.reader';
