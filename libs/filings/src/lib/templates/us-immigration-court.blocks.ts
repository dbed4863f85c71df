// US Immigration Court and Board: the cover page, service certificate and proposed order the
// Practice Manuals ask for. A motion goes to the body that made the final order (IJ or BIA).
import type { FilingBlock, Guard } from '../model/filing-template.model';

const EOIR_LINES = [
  'UNITED STATES DEPARTMENT OF JUSTICE',
  'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW',
];

/** The adjudicator's heading: the Immigration Court, or the Board when it ruled last. */
function forumHeading(to: 'court' | 'final-order'): FilingBlock[] {
  if (to === 'court') {
    return [{ kind: 'heading', align: 'center', lines: [...EOIR_LINES, '{{case.forum|upper}}'] }];
  }
  return [
    {
      kind: 'heading',
      align: 'center',
      when: 'derived.immigrationJudge',
      lines: [...EOIR_LINES, '{{case.forum|upper}}'],
    },
    {
      kind: 'heading',
      align: 'center',
      when: 'derived.bia',
      lines: [...EOIR_LINES, 'BOARD OF IMMIGRATION APPEALS'],
    },
  ];
}

/** Cover page in the Practice Manual's layout, then a page break. */
export function usCoverPage(documentTitle: string, to: 'court' | 'final-order'): FilingBlock[] {
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
    ...forumHeading(to),
    {
      kind: 'parties',
      entries: [
        { label: 'In the Matter of:', value: '{{client.fullName}}, Respondent' },
        { label: 'Proceedings:', value: 'In Removal Proceedings' },
        { label: 'File No.:', value: '{{case.aNumber}}' },
        { label: 'Immigration Judge:', value: '{{case.judge}}', when: 'case.judge' },
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

/** Proposed order on its own page, for the Immigration Judge to sign (only before the court). */
export function usProposedOrder(motion: string, when?: Guard): FilingBlock[] {
  const guarded = <T extends FilingBlock>(block: T): T => (when ? { ...block, when } : block);
  return [
    guarded({ kind: 'pageBreak' }),
    guarded({
      kind: 'heading',
      align: 'center',
      lines: [...EOIR_LINES, '{{case.forum|upper}}'],
    }),
    guarded(US_CAPTION),
    guarded({ kind: 'title', text: 'ORDER OF THE IMMIGRATION JUDGE' }),
    guarded({
      kind: 'paragraph',
      text: `Upon consideration of ${motion}, it is HEREBY ORDERED that the motion be:`,
    }),
    guarded({
      kind: 'paragraph',
      align: 'left',
      text: '[   ] GRANTED        [   ] DENIED        [   ] OTHER: ____________',
    }),
    guarded({ kind: 'paragraph', align: 'left', text: 'Date: ____________________' }),
    guarded({ kind: 'signature', signers: [['Immigration Judge']] }),
  ];
}
