// US Immigration Court: the cover page, service certificate and proposed order the Practice Manual asks for.
import type { FilingBlock } from '../model/filing-template.model';

/** Cover page in the Immigration Court Practice Manual's layout, then a page break. */
export function usCoverPage(documentTitle: string): FilingBlock[] {
  return [
    { kind: 'heading', align: 'right', lines: ['DETAINED'], when: 'case.detained' },
    {
      kind: 'heading',
      align: 'left',
      bold: false,
      lines: [
        '{{attorney.fullName}}',
        'EOIR ID: {{attorney.eoirId}}',
        '{{organization.name}}',
        '{{attorney.address}}',
        '{{attorney.phone}}',
        '{{attorney.email}}',
        'Attorney for Respondent',
      ],
    },
    {
      kind: 'heading',
      align: 'center',
      lines: [
        'UNITED STATES DEPARTMENT OF JUSTICE',
        'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW',
        '{{case.forum|upper}}',
      ],
    },
    {
      kind: 'parties',
      entries: [
        { label: 'In the Matter of:', value: '{{client.fullName}}, Respondent' },
        { label: 'Proceedings:', value: 'In Removal Proceedings' },
        { label: 'File No.:', value: '{{case.aNumber}}' },
        { label: 'Immigration Judge:', value: '{{case.judge}}' },
        { label: 'Next Hearing:', value: '{{case.nextHearing|date}}', when: 'case.nextHearing' },
      ],
    },
    { kind: 'title', text: documentTitle },
    { kind: 'pageBreak' },
  ];
}

/** Caption repeated at the head of the motion itself. */
export const US_CAPTION: FilingBlock = {
  kind: 'parties',
  entries: [
    { label: 'In the Matter of:', value: '{{client.fullName}}, Respondent' },
    { label: 'File No.:', value: '{{case.aNumber}}' },
  ],
};

export const US_SIGNATURE: FilingBlock = {
  kind: 'signature',
  signers: [
    [
      '{{attorney.fullName}}',
      'EOIR ID: {{attorney.eoirId}}',
      '{{organization.name}}',
      'Attorney for Respondent',
    ],
  ],
};

/** Proof of service on its own page, as courts expect to find it. */
export const US_CERTIFICATE_OF_SERVICE: FilingBlock[] = [
  { kind: 'pageBreak' },
  US_CAPTION,
  { kind: 'title', text: 'CERTIFICATE OF SERVICE' },
  {
    kind: 'paragraph',
    text: 'On {{today|date}}, I served a copy of this document and all attachments on the Department of Homeland Security, U.S. Immigration and Customs Enforcement, Office of the Principal Legal Advisor, electronically through the EOIR Courts & Appeals System.',
  },
  US_SIGNATURE,
];

/** Proposed order on its own page, for the Immigration Judge to sign. */
export function usProposedOrder(motion: string): FilingBlock[] {
  return [
    { kind: 'pageBreak' },
    {
      kind: 'heading',
      align: 'center',
      lines: [
        'UNITED STATES DEPARTMENT OF JUSTICE',
        'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW',
        '{{case.forum|upper}}',
      ],
    },
    US_CAPTION,
    { kind: 'title', text: 'ORDER OF THE IMMIGRATION JUDGE' },
    {
      kind: 'paragraph',
      text: `Upon consideration of ${motion}, it is HEREBY ORDERED that the motion be:`,
    },
    {
      kind: 'paragraph',
      align: 'left',
      text: '[   ] GRANTED        [   ] DENIED        [   ] OTHER: ____________',
    },
    { kind: 'paragraph', align: 'left', text: 'Date: ____________________' },
    { kind: 'signature', signers: [['Immigration Judge']] },
  ];
}
