// United States: motion to reopen removal proceedings (8 CFR 1003.23(b)), with its cover page.
import type { FilingTemplate } from '../model/filing-template.model';
import {
  US_CAPTION,
  US_CERTIFICATE_OF_SERVICE,
  US_SIGNATURE,
  usCoverPage,
  usProposedOrder,
} from './us-immigration-court.blocks';

export const US_MOTION_TO_REOPEN_TEMPLATE: FilingTemplate = {
  id: 'us-motion-to-reopen',
  version: '1.0.0',
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
    'events',
    'grounds',
    'annexes',
  ],
  variants: {
    en: {
      title: 'Motion to Reopen',
      blocks: [
        ...usCoverPage("RESPONDENT'S MOTION TO REOPEN"),
        US_CAPTION,
        { kind: 'title', text: "RESPONDENT'S MOTION TO REOPEN" },
        {
          kind: 'paragraph',
          text: 'Respondent, {{client.fullName}}, a native and citizen of {{client.countryOfOrigin}}, through undersigned counsel, respectfully moves the Immigration Court to reopen these removal proceedings pursuant to section 240(c)(7) of the Immigration and Nationality Act, 8 U.S.C. § 1229a(c)(7), and 8 C.F.R. § 1003.23(b).',
        },
        { kind: 'section', text: 'I. PROCEDURAL HISTORY AND FACTS' },
        {
          kind: 'paragraph',
          text: 'On {{decision.issuedOn|date}}, the Immigration Judge entered an order of removal against Respondent. The facts relevant to this motion are as follows:',
        },
        {
          kind: 'numbered',
          from: { path: 'events', item: '{{item.occurredAt|date}}: {{item.description}}' },
        },
        { kind: 'section', text: 'II. TIMELINESS AND NUMBER' },
        {
          kind: 'paragraph',
          text: 'A respondent may file one motion to reopen, within ninety days of the date of entry of a final administrative order of removal. 8 C.F.R. § 1003.23(b)(1). This is Respondent’s first motion to reopen. To the extent it is filed outside that period, the limits do not apply to a motion to reopen to apply for asylum, withholding of removal, or protection under the Convention Against Torture that is based on changed country conditions arising in the country of nationality, where the evidence is material and was not available and could not have been discovered or presented at the previous hearing. 8 C.F.R. § 1003.23(b)(4)(i).',
        },
        { kind: 'section', text: 'III. ARGUMENT' },
        {
          kind: 'paragraph',
          text: 'A motion to reopen must state the new facts that will be proven at a hearing if the motion is granted and must be supported by affidavits or other evidentiary material; it may not be granted unless the evidence sought to be offered is material and was not available and could not have been discovered or presented at the former hearing. 8 C.F.R. § 1003.23(b)(3). Where the motion seeks an opportunity to apply for relief, it must be accompanied by the appropriate application and supporting documentation. Id. Respondent meets these requirements:',
        },
        { kind: 'numbered', from: { path: 'grounds', item: '{{item}}' } },
        {
          kind: 'paragraph',
          when: 'risk',
          text: 'A non-refoulement risk assessment completed on {{risk.assessedOn|date}} found a {{risk.level|riskLevel}} risk of serious harm if Respondent is returned to {{risk.destinationCountry}}. The supporting evidence is listed below.',
        },
        { kind: 'section', text: 'IV. RELIEF REQUESTED' },
        {
          kind: 'paragraph',
          text: 'Respondent respectfully requests that the Court reopen these proceedings, rescind the order of removal, and schedule a hearing at which Respondent may present the applications for relief submitted with this motion.',
        },
        { kind: 'annexes', title: 'INDEX OF EXHIBITS', from: 'annexes' },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        { kind: 'paragraph', align: 'left', text: 'Respectfully submitted,' },
        US_SIGNATURE,
        ...US_CERTIFICATE_OF_SERVICE,
        ...usProposedOrder("Respondent's Motion to Reopen"),
      ],
    },
  },
};
