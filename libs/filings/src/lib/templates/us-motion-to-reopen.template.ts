// United States: motion to reopen removal proceedings before the body that made the final order:
// the Immigration Judge (8 CFR 1003.23(b)) or the Board (8 CFR 1003.2(c)), with its cover page.
import type { FilingTemplate } from '../model/filing-template.model';
import { US_RISK_PARAGRAPH } from './risk-paragraphs';
import {
  US_CAPTION,
  US_CERTIFICATE_OF_SERVICE,
  US_SIGNATURE,
  usCoverPage,
  usProposedOrder,
} from './us-immigration-court.blocks';

const IJ = 'derived.immigrationJudge';
const BIA = 'derived.bia';

export const US_MOTION_TO_REOPEN_TEMPLATE: FilingTemplate = {
  id: 'us-motion-to-reopen',
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
    'decision.issuedOn',
    'finalOrderBy',
    'priorMotionsToReopen',
    'fee',
    'facts',
    'grounds',
    'annexes',
  ],
  variants: {
    en: {
      title: 'Motion to Reopen',
      blocks: [
        ...usCoverPage("RESPONDENT'S MOTION TO REOPEN", 'final-order'),
        US_CAPTION,
        { kind: 'title', text: "RESPONDENT'S MOTION TO REOPEN" },
        {
          kind: 'paragraph',
          when: IJ,
          text: 'Respondent, {{client.fullName}}, a native and citizen of {{client.countryOfOrigin}}, through undersigned counsel, respectfully moves the Immigration Court to reopen these removal proceedings pursuant to section 240(c)(7) of the Immigration and Nationality Act, 8 U.S.C. § 1229a(c)(7), and 8 C.F.R. § 1003.23(b).',
        },
        {
          kind: 'paragraph',
          when: BIA,
          text: 'Respondent, {{client.fullName}}, a native and citizen of {{client.countryOfOrigin}}, through undersigned counsel, respectfully moves the Board of Immigration Appeals to reopen these removal proceedings pursuant to section 240(c)(7) of the Immigration and Nationality Act, 8 U.S.C. § 1229a(c)(7), and 8 C.F.R. § 1003.2(c). The Board entered the final administrative order in these proceedings, and a motion to reopen is filed with the body that ruled last.',
        },
        { kind: 'section', text: 'I. PROCEDURAL HISTORY AND FACTS' },
        {
          kind: 'paragraph',
          when: IJ,
          text: 'On {{decision.issuedOn|date}}, the Immigration Judge entered a final order of removal against Respondent. The facts relevant to this motion are as follows:',
        },
        {
          kind: 'paragraph',
          when: BIA,
          text: 'On {{decision.issuedOn|date}}, the Board of Immigration Appeals entered the final administrative order in these proceedings. The facts relevant to this motion are as follows:',
        },
        { kind: 'numbered', from: { path: 'facts', item: '{{item}}' } },
        { kind: 'section', text: 'II. TIMELINESS AND NUMBER' },
        {
          kind: 'paragraph',
          when: IJ,
          text: 'A respondent may file one motion to reopen, within ninety days of the date of entry of a final administrative order of removal. 8 C.F.R. § 1003.23(b)(1).',
        },
        {
          kind: 'paragraph',
          when: BIA,
          text: 'A respondent may file one motion to reopen, within ninety days of the date on which the final administrative decision was rendered. 8 C.F.R. § 1003.2(c)(2).',
        },
        {
          kind: 'paragraph',
          when: 'derived.firstMotion',
          text: 'This is Respondent’s first motion to reopen these proceedings.',
        },
        {
          kind: 'paragraph',
          when: 'derived.priorMotions',
          text: 'Respondent has filed {{derived.priorMotions}} motion(s) to reopen in these proceedings before this one. The numerical limitation does not apply to a motion based on changed country conditions, as set out below.',
        },
        {
          kind: 'paragraph',
          when: IJ,
          text: 'The time and numerical limitations do not apply to a motion to reopen to apply for asylum, withholding of removal, or protection under the Convention Against Torture that is based on changed country conditions arising in the country of nationality or the country to which removal has been ordered, if the evidence is material and was not available and could not have been discovered or presented at the previous hearing. 8 C.F.R. § 1003.23(b)(4)(i).',
        },
        {
          kind: 'paragraph',
          when: BIA,
          text: 'The time and numerical limitations do not apply to a motion to reopen to apply or reapply for asylum or withholding of deportation based on changed circumstances arising in the country of nationality or in the country to which deportation has been ordered, if the evidence is material and was not available and could not have been discovered or presented at the previous hearing. 8 C.F.R. § 1003.2(c)(3)(ii).',
        },
        { kind: 'section', text: 'III. ARGUMENT' },
        {
          kind: 'paragraph',
          when: IJ,
          text: 'A motion to reopen must state the new facts that will be proven at a hearing if the motion is granted and must be supported by affidavits or other evidentiary material; it may not be granted unless the evidence sought to be offered is material and was not available and could not have been discovered or presented at the former hearing. 8 C.F.R. § 1003.23(b)(3). Respondent meets these requirements:',
        },
        {
          kind: 'paragraph',
          when: BIA,
          text: 'A motion to reopen must state the new facts that will be proven at a hearing if the motion is granted and must be supported by affidavits or other evidentiary material; it may not be granted unless the evidence sought to be offered is material and was not available and could not have been discovered or presented at the former hearing. 8 C.F.R. § 1003.2(c)(1). Respondent meets these requirements:',
        },
        { kind: 'numbered', from: { path: 'grounds', item: '{{item}}' } },
        US_RISK_PARAGRAPH,
        { kind: 'section', text: 'IV. FILING FEE' },
        {
          kind: 'paragraph',
          when: ['derived.feePaid', IJ],
          text: 'The filing fee for this motion has been paid, and the receipt is attached. 8 C.F.R. § 1003.24(b).',
        },
        {
          kind: 'paragraph',
          when: ['derived.feePaid', BIA],
          text: 'The filing fee for this motion has been paid, and the receipt is attached. 8 C.F.R. § 1003.8(a).',
        },
        {
          kind: 'paragraph',
          when: ['derived.feeWaiver', IJ],
          text: 'Respondent is unable to pay the filing fee and requests that it be waived; a Fee Waiver Request (Form EOIR-26A) is attached. 8 C.F.R. § 1003.24(d).',
        },
        {
          kind: 'paragraph',
          when: ['derived.feeWaiver', BIA],
          text: 'Respondent is unable to pay the filing fee and requests that it be waived; a Fee Waiver Request (Form EOIR-26A) is attached. 8 C.F.R. § 1003.8(a)(3).',
        },
        { kind: 'section', text: 'V. RELIEF REQUESTED' },
        {
          kind: 'paragraph',
          text: 'Respondent respectfully requests that these proceedings be reopened, that the order of removal be rescinded, and that a hearing be scheduled at which Respondent may present the applications for relief submitted with this motion.',
        },
        { kind: 'annexes', title: 'INDEX OF EXHIBITS', from: 'annexes' },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        { kind: 'paragraph', align: 'left', text: 'Respectfully submitted,' },
        US_SIGNATURE,
        ...US_CERTIFICATE_OF_SERVICE,
        ...usProposedOrder("Respondent's Motion to Reopen", IJ),
      ],
    },
  },
};
