// United States: emergency motion to the Immigration Court for a stay of removal.
import type { FilingTemplate } from '../model/filing-template.model';
import { US_RISK_PARAGRAPH } from './risk-paragraphs';
import {
  US_CAPTION,
  US_CERTIFICATE_OF_SERVICE,
  US_SIGNATURE,
  usCoverPage,
  usProposedOrder,
} from './us-immigration-court.blocks';

export const US_STAY_OF_REMOVAL_TEMPLATE: FilingTemplate = {
  id: 'us-motion-stay-of-removal',
  version: '1.1.0',
  jurisdiction: 'US',
  procedure: 'US removal proceedings',
  languages: ['en'],
  requiredFields: [
    'place',
    'organization.name',
    'attorney.fullName',
    'attorney.eoirId',
    'attorney.email',
    'client.fullName',
    'client.nationality',
    'client.countryOfOrigin',
    'case.caseNumber',
    'case.forum',
    'case.aNumber',
    'case.judge',
    'decision.issuedOn',
    'facts',
    'grounds',
  ],
  variants: {
    en: {
      title: 'Emergency Motion for Stay of Removal',
      blocks: [
        ...usCoverPage("RESPONDENT'S EMERGENCY MOTION FOR STAY OF REMOVAL", 'court'),
        US_CAPTION,
        { kind: 'title', text: "RESPONDENT'S EMERGENCY MOTION FOR STAY OF REMOVAL" },
        {
          kind: 'paragraph',
          text: 'Respondent, {{client.fullName}}, a native and citizen of {{client.countryOfOrigin}}, through undersigned counsel, respectfully moves the Immigration Court to stay the execution of the order of removal entered on {{decision.issuedOn|date}} while the Court adjudicates the motion to reopen filed with or before this motion.',
        },
        { kind: 'section', text: 'I. STATEMENT OF FACTS' },
        { kind: 'numbered', from: { path: 'facts', item: '{{item}}' } },
        { kind: 'section', text: 'II. ARGUMENT' },
        {
          kind: 'paragraph',
          text: 'The regulation provides: “Except in cases involving in absentia orders, the filing of a motion to reopen or a motion to reconsider shall not stay the execution of any decision made in the case. Execution of such decision shall proceed unless a stay of execution is specifically granted by the Immigration Judge, the Board, or an authorized officer of the Service.” 8 C.F.R. § 1003.23(b)(1)(v). A motion to reopen to rescind an in absentia order therefore stays removal automatically while it is pending (8 C.F.R. § 1003.23(b)(4)(ii)); any other motion needs the stay requested here.',
        },
        {
          kind: 'paragraph',
          text: 'In deciding whether to grant a stay, adjudicators weigh whether the applicant has made a strong showing of likely success on the merits, whether the applicant will be irreparably injured absent a stay, whether a stay will substantially injure other parties, and where the public interest lies. See Nken v. Holder, 556 U.S. 418, 434 (2009). Each factor favors a stay here.',
        },
        { kind: 'numbered', from: { path: 'grounds', item: '{{item}}' } },
        US_RISK_PARAGRAPH,
        {
          kind: 'paragraph',
          text: 'Irreparable harm. Removal would moot the pending motion and expose Respondent to the very harm from which the motion seeks protection, contrary to the United States’ obligations under Article 33 of the 1951 Refugee Convention, as incorporated by the 1967 Protocol, and Article 3 of the Convention Against Torture.',
        },
        {
          kind: 'paragraph',
          text: 'The balance of hardships and the public interest also favor a stay: the Government suffers no cognizable injury from a brief stay while the Court considers the pending motion, and the public interest lies in preventing the wrongful removal of a person to a country where that person faces serious harm. Nken, 556 U.S. at 436.',
        },
        { kind: 'section', text: 'III. RELIEF REQUESTED' },
        {
          kind: 'paragraph',
          text: 'Respondent respectfully requests that the Court grant an immediate stay of removal pending adjudication of the motion to reopen and any timely appeal.',
        },
        { kind: 'annexes', title: 'EXHIBITS', from: 'annexes' },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        { kind: 'paragraph', align: 'left', text: 'Respectfully submitted,' },
        US_SIGNATURE,
        ...US_CERTIFICATE_OF_SERVICE,
        ...usProposedOrder("Respondent's Emergency Motion for Stay of Removal"),
      ],
    },
  },
};
