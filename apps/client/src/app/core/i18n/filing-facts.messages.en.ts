/**
 * English messages of the filing facts tab and the batch-generation dialog: a block of their own
 * (spread into `messages.en.ts`), so features landing at the same time do not edit the same lines.
 */
export const filingFactsMessagesEn = {
  'case.tab.filingFacts': 'Filing facts',

  'facts.title': 'Filing facts',
  'facts.intro':
    "What the person states and what no other record holds: the sworn declaration's statements, why a refugee application is late (Mexico, COMAR) and the persons authorized in an amparo (Mexico). Filings read them from here.",
  'facts.readOnly': 'Only the case team may change these facts.',
  'facts.empty': 'Nothing has been recorded yet.',
  'facts.updated': 'Version {version}, saved',
  'facts.statements': 'Statements of the declarant',
  'facts.statementsHint':
    'Used by the sworn declaration and the refugee application. One paragraph each, in the words of the declarant.',
  'facts.statement': 'Statement {n}',
  'facts.addStatement': 'Add a statement',
  'facts.removeStatement': 'Remove statement {n}',
  'facts.declarantLanguage': 'Language the declaration was read back in',
  'facts.declarantLanguageHint':
    'A language code such as vi, qu or pt-BR. Leave empty for Spanish.',
  'facts.interpreterName': 'Interpreter',
  'facts.lateFilingReasons': 'Why the refugee application is late',
  'facts.lateFilingReasonsHint':
    'Used by the justification of late filing (Mexico: more than 30 business days after entry). One reason each.',
  'facts.reason': 'Reason {n}',
  'facts.addReason': 'Add a reason',
  'facts.removeReason': 'Remove reason {n}',
  'facts.authorizedPersons': 'Authorized persons',
  'facts.authorizedPersonsHint':
    'Used by the escrito de autorizados (Mexico). With a professional licence the person is authorized in broad terms (Ley de Amparo art. 12); without one only to receive notifications.',
  'facts.person': 'Person {n}',
  'facts.personName': 'Full name',
  'facts.professionalId': 'Professional licence (optional)',
  'facts.professionalIdHint': 'As it should be printed, e.g. cédula profesional 0000001',
  'facts.addPerson': 'Add a person',
  'facts.removePerson': 'Remove person {n}',
  'facts.required': 'Write something here, or remove this entry.',
  'facts.tooLong': 'At most {max} characters.',
  'facts.languageCode': 'A language code such as vi, qu or pt-BR.',
  'facts.save': 'Save the filing facts',
  'facts.saving': 'Saving…',
  'facts.saved': 'Saved (version {version}). Filings generated from now on use these facts.',
  'facts.invalid': 'Some entries need attention; they are marked below.',
  'facts.conflict':
    'Someone saved these facts meanwhile (version {version}: {statements} statement(s), {reasons} reason(s), {persons} person(s)). Your changes are still in the form: save again to replace theirs, or show theirs.',
  'facts.showTheirs': 'Show their version',
  'facts.backToFilings': 'Back to the filings',
  'facts.noneListed': 'None',
  'batch.open': 'Generate a filing for these {count} cases',
  'batch.openOne': 'Generate a filing for this case',
  'batch.title': 'Generate one filing for {count} cases',
  'batch.intro':
    'One PDF per case, each filled from its own records. Amparo checks every case first: if any cannot have this filing, nothing is generated and each such case is listed with what it lacks.',
  'batch.tooMany':
    'A batch holds at most {max} cases; the first {max} of the {count} are included. Start another batch for the rest.',
  'batch.template': 'Template',
  'batch.language': 'Language of the filings',
  'batch.details': 'For every filing of this batch',
  'batch.detailsHint':
    'What the cases do not record, the same for all of them (e.g. the place of signature). Leave empty what each case holds.',
  'batch.start': 'Generate {count} filings',
  'batch.starting': 'Checking the cases…',
  'batch.close': 'Close',
  'batch.refused':
    '{count} of the cases cannot have this filing, so nothing was generated. Complete them, or leave them out:',
  'batch.case': 'Case {number}',
  'batch.openCase': 'Open the case',
  'batch.openFacts': 'Filing facts',
  'batch.code.CASE_NOT_WRITABLE':
    'You cannot change this case (it is not on your team or not in your office).',
  'batch.code.FILING_TEMPLATE_JURISDICTION': "This template is not for this case's country.",
  'batch.code.FILING_MISSING_DATA': 'Missing:',
  'batch.leaveOut': 'Leave these {refused} out and generate for the other {rest}',
  'batch.progressLabel': 'Batch progress',
  'batch.queued': 'Waiting for its turn…',
  'batch.running': 'Generating: {done} of {total}',
  'batch.runningUnknown': 'Generating…',
  'batch.succeeded': '{count} filing(s) generated, each as a draft in its case:',
  'batch.failedCases': '{count} case(s) could not be done while the batch ran:',
  'batch.failed': 'The batch stopped: {message} The filings already made are kept in their cases.',
  'batch.pollFailed': 'The batch’s progress could not be read.',
  'batch.retryPoll': 'Check again',
  'batch.another': 'Generate another filing',
} as const;
