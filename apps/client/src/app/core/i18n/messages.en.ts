import { deadlineStateEn } from './deadline-state.messages.en';
import { caseMessagesEn } from './case.messages.en';
import { caseloadMessagesEn } from './caseload.messages.en';
import { intakeCsvMessagesEn } from './intake-csv.messages.en';
import { filingFactsMessagesEn } from './filing-facts.messages.en';
import { notificationsEn } from './notifications.messages.en';
import { personMessagesEn } from './person.messages.en';
import { ruleChangesEn } from './rule-changes.messages.en';

/**
 * English messages: the reference dictionary. Its keys define `MessageKey`, so a key used in a
 * template that is missing here fails the type check, and `messages.es.ts` must carry every key.
 * `{name}` placeholders are filled by `TranslationService.t`.
 */
import { supervisionEn } from './supervision.messages.en';

export const en = {
  ...supervisionEn,
  'app.name': 'Amparo',
  ...caseMessagesEn,
  ...deadlineStateEn,
  ...caseloadMessagesEn,
  ...intakeCsvMessagesEn,
  ...filingFactsMessagesEn,
  ...personMessagesEn,
  ...notificationsEn,
  ...ruleChangesEn,

  'shell.skipToContent': 'Skip to main content',
  'shell.navigation': 'Main navigation',
  'shell.openNavigation': 'Open navigation',
  'shell.closeNavigation': 'Close navigation',
  'shell.nav.caseload': 'Caseload',
  'shell.nav.account': 'My account',
  'shell.nav.admin': 'Administration',
  'shell.switchLanguage': 'Español',
  'shell.switchLanguageHint': 'Change language to Spanish',
  'shell.signedInAs': 'Signed in as {name}',
  'shell.sessionEnds': 'Session ends at {time}',
  'shell.signOut': 'Sign out',

  'login.title': 'Sign in to Amparo',
  'login.intro': 'Use the email address and password your organization gave you.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.otp': 'One-time code',
  'login.otpHint': 'The 6-digit code from your authenticator app',
  'login.otpPrompt':
    'Your account uses two-step verification. Enter the code from your authenticator app.',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.emailRequired': 'Enter your email address.',
  'login.emailInvalid': 'Enter an email address such as name@example.org.',
  'login.passwordRequired': 'Enter your password.',
  'login.otpRequired': 'Enter the 6-digit code.',
  'login.otpFormat': 'The code has exactly 6 digits.',
  'login.badCredentials': 'The email or password is not correct. Check both and try again.',
  'login.otpInvalid':
    'That code is not valid or has expired. Enter the current code from your app.',
  'login.recoveryCode': 'Recovery code',
  'login.recoveryCodeHint': 'One of the codes you saved, such as abcde-12345. Each works once.',
  'login.recoveryCodeRequired': 'Enter a recovery code.',
  'login.recoveryCodeFormat': 'A recovery code looks like abcde-12345.',
  'login.recoveryCodeInvalid':
    'That recovery code is not valid or was already used. Try another of your codes.',
  'login.useRecoveryCode': 'Lost your phone? Use a recovery code',
  'login.useOtp': 'Use the code from your app instead',
  'login.passwordSet': 'Your password is set. Sign in with it now.',
  'login.sessionExpired': 'Your session ended. Sign in again to continue where you were.',

  'setPassword.title': 'Choose your password',
  'setPassword.intro':
    'Choose a password for your Amparo account. Only you will know it; nobody at your office can see it.',
  'setPassword.noToken':
    'This address has no set-password link in it. Open the full link your admin gave you, or ask them for a new one.',
  'setPassword.password': 'New password',
  'setPassword.rules':
    '12 to 128 characters. A few unrelated words work well; common passwords are refused.',
  'setPassword.required': 'Enter a password.',
  'setPassword.tooShort': 'Use at least 12 characters.',
  'setPassword.confirm': 'Repeat the password',
  'setPassword.mismatch': 'The two passwords are not the same. Type them again.',
  'setPassword.submit': 'Set password',
  'setPassword.rejected': 'The password was not accepted:',
  'setPassword.linkInvalid':
    'This link is invalid, already used or expired (links last 24 hours). Ask your admin for a new one.',

  'account.title': 'My account',
  'account.name': 'Name',
  'account.profile.title': 'Professional details for filings',
  'account.profile.intro':
    'Filings print these under your signature when you lead the case, so nobody types them per filing.',
  'account.profile.barNumber': 'Bar or professional registration number',
  'account.profile.barNumberHint':
    'As the court expects it, e.g. CAL 12345 or cédula profesional 1234567',
  'account.profile.eoirId': 'EOIR ID (US immigration courts)',
  'account.profile.eoirIdHint': 'Only if you appear before EOIR: letters and digits, e.g. ZX123456',
  'account.profile.eoirIdInvalid': 'An EOIR ID has 6 to 12 letters and digits, e.g. ZX123456.',
  'account.profile.titleOf': 'Professional profile of {name}',
  'account.profile.introOf':
    'What filings print with this member’s signature. Saved against the version shown: a change the member made meanwhile is shown, never overwritten.',
  'account.profile.gender': 'Title printed with your name in Spanish filings',
  'account.profile.gender.female': 'Abogada',
  'account.profile.gender.male': 'Abogado',
  'account.profile.gender.unstated': 'Abogado(a): I prefer not to say',
  'account.profile.save': 'Save professional details',
  'account.profile.saved': 'Saved. New filings print these details.',
  'account.profile.conflict':
    'Someone changed your details meanwhile; the form now shows theirs. Make your change again and save.',
  'account.profile.conflictOf':
    'Someone changed these details meanwhile; the form now shows the current ones. Make your change again and save.',
  'account.mfaRequired':
    'Your office requires two-step verification for your role. Set it up below to continue; until then the rest of Amparo stays closed.',
  'account.mfa.title': 'Two-step verification',
  'account.mfa.on': 'Two-step verification is on.',
  'account.mfa.off': 'Two-step verification is off.',
  'account.mfa.why':
    'With it on, signing in needs your password and a code from an authenticator app on your phone, so a stolen password alone does not open your cases.',
  'account.mfa.enrol': 'Set up two-step verification',
  'account.mfa.enabledDone': 'Two-step verification is now on.',
  'account.mfa.disabledDone': 'Two-step verification is now off.',
  'account.mfa.wrongPassword': 'That password is not correct. Type it again.',
  'account.enrol.passwordStep': 'Step 1 of 3: confirm it is you',
  'account.enrol.start': 'Continue',
  'account.enrol.scanStep': 'Step 2 of 3: add Amparo to your authenticator app',
  'account.enrol.scanBody':
    'Scan this code with your authenticator app, or type the key below into it. Then enter the 6-digit code the app shows.',
  'account.enrol.qrAlt': 'QR code to scan with your authenticator app',
  'account.enrol.secret': 'Key to type instead:',
  'account.enrol.confirm': 'Turn on',
  'account.codes.title': 'Step 3 of 3: save your recovery codes',
  'account.codes.body':
    'If you lose your phone, each of these codes lets you sign in once. They are shown only now: copy or download them and keep them somewhere safe, away from your phone.',
  'account.codes.list': 'Recovery codes',
  'account.codes.copy': 'Copy codes',
  'account.codes.download': 'Download as text',
  'account.codes.copied': 'Codes copied.',
  'account.codes.fileHeading': 'Amparo recovery codes (each works once)',
  'account.codes.done': 'I saved them',
  'account.disable.title': 'Turn off two-step verification',
  'account.disable.body':
    'Enter your password and a current code from your app. Your office may require it for your role.',
  'account.disable.submit': 'Turn off',
  'account.mfa.replace': 'Replace my authenticator app',
  'account.mfa.replacedDone':
    'Your new authenticator app is set up. The old one and your old recovery codes no longer work.',
  'account.mfa.currentCode': 'Current code or recovery code',
  'account.mfa.currentCodeHint':
    'The 6-digit code from the app you use now, or one of your recovery codes (abcde-12345)',
  'account.mfa.currentCodeRequired':
    'Enter a code from your current app, or a recovery code if you lost it.',
  'account.mfa.currentCodeFormat':
    'Enter the 6-digit code, or a recovery code written like abcde-12345.',
  'account.mfa.codeRequired':
    'Two-step verification is on: enter a code from your current app, or a recovery code.',
  'account.mfa.tooManyAttempts':
    'Too many wrong passwords or codes. Wait a little (the delay grows with each one), then try again.',
  'account.replace.passwordStep':
    'Step 1 of 3: confirm it is you, with your password and your current code',
  'account.replace.pendingNote':
    'Until you confirm with a code from the new app, your current app keeps working.',
  'account.replace.confirm': 'Use the new app',

  'notFound.title': 'Page not found',
  'notFound.body':
    'There is no page at {path}. The address may be mistyped, or the page may have moved.',
  'notFound.home': 'Go to your caseload',

  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.loading': 'Loading…',
  'common.close': 'Close',

  'roles.admin': 'Admin',
  'roles.admin.hint': 'Manages accounts and office settings; sees no case content by this role.',
  'roles.supervisor': 'Supervisor',
  'roles.supervisor.hint': 'Sees every case of the office, assigns work, waives deadlines, audits.',
  'roles.attorney': 'Attorney',
  'roles.attorney.hint':
    'Works assigned cases and acts with legal effect (files, completes deadlines).',
  'roles.paralegal': 'Paralegal',
  'roles.paralegal.hint':
    'Works assigned cases: intake, events, notes, drafts. Never files or waives.',

  'admin.title': 'Administration',
  'admin.sections': 'Administration sections',
  'admin.conflict':
    'Someone changed this meanwhile. The current version is shown below: review it, then save again or discard your change.',
  'admin.retry': 'Save my change again',
  'admin.selfRoleGrant':
    'You cannot give yourself a role that opens case records (supervisor, attorney or paralegal). Ask another admin to do it; your supervisors will be told.',
  'admin.lastAdmin':
    'The office must keep at least one active admin. Give someone else the admin role first.',
  'admin.roles.legend': 'Roles',
  'admin.roles.required': 'Choose at least one role.',

  'admin.link.title': 'Set-password link for {name}',
  'admin.link.body':
    'Give this link to the person yourself (in person, or by a channel you trust). It works once. Amparo never sends passwords or links by e-mail.',
  'admin.link.label': 'One-time link',
  'admin.link.copy': 'Copy link',
  'admin.link.copied': 'Link copied.',
  'admin.link.done': 'Done',
  'admin.link.expires': 'Valid until {time}.',

  'admin.invite.title': 'Invite a member',
  'admin.invite.intro':
    'The person gets no e-mail: you receive a one-time link to give them, where they choose their own password.',
  'admin.invite.email': 'Email',
  'admin.invite.emailRequired': 'Enter their email address.',
  'admin.invite.name': 'Full name',
  'admin.invite.nameRequired': 'Enter their name.',
  'admin.invite.submit': 'Invite',
  'admin.invite.emailTaken':
    'An account with this email already exists. Check the list, or use another address.',

  'admin.rolesDialog.title': 'Roles of {name}',
  'admin.rolesDialog.current': 'Now: {name} has the roles {roles}.',
  'admin.rolesDialog.note': 'A role change applies to their very next action.',

  'admin.disable.title': 'Disable {name}?',
  'admin.disable.body':
    '{name} will be signed out everywhere at once and cannot sign in until an admin enables the account again. Their cases and records stay.',
  'admin.disable.reason': 'Reason (optional)',
  'admin.disable.reasonHint': 'Kept in the audit trail.',
  'admin.disable.submit': 'Disable account',

  'admin.resetMfa.title': 'Reset two-step verification for {name}?',
  'admin.resetMfa.body':
    'Use this when {name} lost their authenticator. They are signed out everywhere at once, their recovery codes stop working, and they set up the app again at their next sign-in.',
  'admin.resetMfa.confirm': 'Reset',

  'admin.passwordLink.title': 'New set-password link for {name}?',
  'admin.passwordLink.body':
    '{name} is signed out everywhere at once and any earlier link stops working. You get a new one-time link to give them.',
  'admin.passwordLink.confirm': 'Create link',

  'admin.users.title': 'Users',
  'admin.users.invite': 'Invite a member',
  'admin.users.caption': 'Members of your office',
  'admin.users.name': 'Name and email',
  'admin.users.roles': 'Roles',
  'admin.users.status': 'Status',
  'admin.users.mfa': 'Two-step verification',
  'admin.users.password': 'Password',
  'admin.users.actions': 'Actions',
  'admin.users.active': 'Active',
  'admin.users.disabled': 'Disabled',
  'admin.users.mfaOn': 'On',
  'admin.users.mfaOff': 'Off',
  'admin.users.passwordSet': 'Set',
  'admin.users.passwordPending': 'Pending (link not used yet)',
  'admin.users.changeRoles': 'Change roles',
  'admin.users.changeRolesFor': 'Change roles: {name}',
  'admin.users.enable': 'Enable',
  'admin.users.enableFor': 'Enable: {name}',
  'admin.users.disable': 'Disable',
  'admin.users.disableFor': 'Disable: {name}',
  'admin.users.resetMfa': 'Reset two-step verification',
  'admin.users.resetMfaFor': 'Reset two-step verification: {name}',
  'admin.users.passwordLink': 'New password link',
  'admin.users.passwordLinkFor': 'New password link: {name}',
  'admin.users.profile': 'Professional profile',
  'admin.users.profileFor': 'Professional profile: {name}',
  'admin.users.rolesSaved': 'Roles of {name} saved.',
  'admin.users.disabledDone': '{name} is disabled and signed out everywhere.',
  'admin.users.enabledDone': '{name} can sign in again.',
  'admin.users.mfaResetDone': 'Two-step verification of {name} reset; they are signed out.',

  'admin.settings.title': 'Office settings',
  'admin.settings.visibility': 'Who sees which cases',
  'admin.settings.visibility.assigned': 'Only the cases each person is assigned to',
  'admin.settings.visibility.assignedHint': 'Supervisors still see every case of the office.',
  'admin.settings.visibility.organization': 'The whole office sees every case',
  'admin.settings.visibility.organizationHint':
    'Everyone can read every case; only the assigned team can change one.',
  'admin.settings.mfa': 'Two-step verification required for',
  'admin.settings.mfaHint':
    'Members with these roles must set up an authenticator app before they can use anything else.',
  'admin.settings.noRoles': 'no role',
  'admin.settings.current': 'Now: {visibility}; two-step verification required for: {roles}.',
  'admin.settings.useCurrent': 'Discard my change',
  'admin.settings.saved': 'Settings saved.',
  'admin.settings.defaults': 'Where the office works',
  'admin.settings.defaultsHint':
    'Intake starts from these: a new case’s country, the clock its deadlines are counted on unless its court or office has another, and the language.',
  'admin.settings.jurisdiction': 'Country of most cases',
  'admin.settings.timeZone': 'Time zone',
  'admin.settings.language': 'Language',
  'admin.settings.none': 'Not set',
  'admin.settings.address': 'Postal address of the office',
  'admin.settings.addressHint': 'As filings print it, e.g. street and number, district, city',

  // --- case page: risk tab (features/case-risk) ---
  'risk.title': 'Non-refoulement risk',
  'risk.retry': 'Try again',
  'risk.empty':
    'No risk screening has been recorded for this case yet. The screening helps see danger on return early; it never decides for the attorney.',
  'risk.start': 'Start the screening',
  'risk.update': 'Update the screening (new version)',
  'risk.latest': 'Latest assessment: version {version},',
  'risk.saved': 'Screening saved as a new version. Its level and reasons are shown below.',
  'risk.signOff': 'Sign off this assessment',
  'risk.signedOff': 'Signed off by an attorney:',
  'risk.alreadySignedOff': 'This version was already signed off; it is shown as it is now.',
  'risk.signedOffNow': 'Assessment signed off.',
  'risk.notSignedOff': 'Not signed off by an attorney yet.',
  'risk.legalBasis': 'Legal basis:',
  'risk.escalation.title': 'Escalated: {level} risk and removal possible within 72 hours',
  'risk.escalation.body':
    'Supervisors see this case on the escalation list. Act now: file what stops the removal and tell the lead attorney.',
  'risk.escalation.until': 'window closes',
  'risk.level.low': 'Low',
  'risk.level.moderate': 'Moderate',
  'risk.level.high': 'High',
  'risk.level.extreme': 'Extreme',
  'risk.pathway.open': 'open',
  'risk.pathway.possiblyBarred': 'possibly barred: check the exclusion answers first',
  'risk.pathway.forumNotVerified': "open, but the forum's adoption is not verified",
  'risk.pathway.notInForumLaw': "not available: the forum's law does not provide it",
  'risk.result.destination': 'Country of feared return: {country}',
  'risk.result.aid':
    'An aid to the attorney, not a decision: every level above low lists the answers and country facts behind it.',
  'risk.result.urgency': 'Urgency',
  'risk.result.reasons': 'Why this level',
  'risk.result.noReasons': 'No risk factor was found in the answers or the country profile.',
  'risk.result.fromAnswers': 'From the answers:',
  'risk.result.fromProfile': 'From the country profile:',
  'risk.result.pathways': 'Protection pathways opened',
  'risk.result.noPathways': 'No protection pathway is indicated by these answers.',
  'risk.result.advisories': 'To check',
  'risk.fact.namedProfile': 'guidance names the profile',
  'risk.fact.returnsAdvisedAgainst': 'returns advised against',
  'risk.fact.cartagenaContext': 'guidance places most profiles under Cartagena',
  'risk.fact.thirdCountryArrangement': 'receives deportees of other nationalities',
  'risk.profile.destinationHeading': 'What the profile of {country} says',
  'risk.profile.forumHeading': 'Forum facts: {country}',
  'risk.profile.office': "(your office's version)",
  'risk.profile.reference': '(reference shipped with Amparo)',
  'risk.profile.returnsAdvisedAgainst': 'Returns advised against since {since}.',
  'risk.profile.profilesAtRisk': 'Profiles at risk named in guidance:',
  'risk.profile.notTranscribed':
    'The guidance exists but its risk profiles are not transcribed here: check the person against the document.',
  'risk.profile.cartagenaYes': 'Applies the Cartagena definition ({basis}).',
  'risk.profile.cartagenaPartly': 'Applies part of the Cartagena definition ({basis}).',
  'risk.profile.cartagenaNo': 'Has no Cartagena definition ({basis}).',
  'risk.profile.cartagenaNotVerified':
    'Whether this forum applies the Cartagena definition is not verified.',
  'risk.profile.reviewedOn': 'Profile reviewed on {date}.',
  'risk.profile.status.verified': 'verified',
  'risk.profile.status.secondary': 'secondary source',
  'risk.profile.status.unverified': 'unverified',
  'risk.profile.status.notFound': 'source not found',
  'risk.profile.guidanceAgeDue': 'Review due.',
  'risk.profile.reviewedBy': 'Profile reviewed on {date} by {name}.',
  'risk.profile.status.notRecorded': 'source not recorded',
  'risk.profile.source': 'source',
  'risk.profile.groundsNotInLaw': 'Not in this forum’s law: {grounds}.',
  'risk.profile.referenceNewer':
    'Your office’s copy predates the reference’s review of {date}: ask a supervisor to compare them.',
  'risk.answer.yes': 'Yes',
  'risk.answer.no': 'No',
  'risk.answer.none': 'Not answered',
  'risk.answer.clear': 'Clear answer',
  'risk.answer.sealed': 'Stored encrypted; only the case team reads it.',
  'risk.form.steps': 'Screening sections',
  'risk.form.next': 'Next',
  'risk.form.back': 'Back',
  'risk.form.toReview': 'Review',
  'risk.form.review': 'Review and save',
  'risk.form.reviewIntro':
    'Saving records a new version of the screening; earlier versions are kept with what changed.',
  'risk.form.evidenceNotes': 'Notes on the evidence (optional)',
  'risk.form.save': 'Save as a new assessment',
  'risk.form.saving': 'Saving…',
  'risk.form.stepHasProblems': 'Some answers here need attention',
  'risk.form.problemsIntro': 'Nothing was saved. Correct these answers, then save again:',
  'risk.problem.required': 'Answer this question.',
  'risk.problem.wrongType': 'This answer has the wrong form: answer it again.',
  'risk.problem.unknownOption': 'Choose one of the options shown.',
  'risk.problem.invalidDate': 'Enter a real date.',
  'risk.problem.dateInFuture': 'The date cannot be in the future.',
  'risk.problem.outOfRange': 'The number is outside the allowed range.',
  'risk.problem.invalidCountry': 'Choose a country from the list.',
  'risk.problem.tooLong': 'The text is too long: shorten it.',
  'risk.problem.unknownQuestion':
    'This question is not in the current screening: reload the page and answer again.',
  'risk.problem.instrumentVersion':
    'The screening was updated meanwhile: reload the page, then save again.',
  'risk.problem.destinationMismatch': 'The country of feared return must be the one chosen here.',
  'risk.history.title': 'History of versions',
  'risk.history.version': 'Version {version}',
  'risk.history.signedOff': 'signed off',
  'risk.history.first': 'First version of the screening.',
  'risk.history.levelChanged': 'Level {before} → {after} since version {version}.',
  'risk.history.levelSame': 'Level unchanged ({level}) since version {version}.',
  'risk.history.noAnswerChanges': 'No answer changed.',
  'risk.history.unanswered': 'not answered',
  'risk.history.redacted': 'confidential text changed',
  'risk.history.none': 'none',

  // --- case page: filings tab (features/case-filings) ---
  'filings.title': 'Filings',
  'filings.new': 'Generate a filing',
  'filings.template': 'Template',
  'filings.language': 'Language of the filing',
  'filings.language.es': 'Spanish',
  'filings.language.en': 'English',
  'filings.details': 'For this filing',
  'filings.usesIntro': 'This filing also prints, from the case’s records:',
  'filings.detailsHint':
    'What the case records do not hold yet. Kept with the case: its next filings start from what you type here.',
  'filings.detail.place': 'Place of signature',
  'filings.detail.organizationAddress': 'Organization address',
  'filings.detail.attorneyBarNumber': 'Bar or professional registration number',
  'filings.detail.clientIdentityDocument': 'Identity document of the person',
  'filings.detail.decisionReference': 'Reference of the contested order',
  'filings.detail.decisionAuthority': 'Authority that issued the order',
  'filings.detail.decisionIssuedOn': 'Date of the order',
  'filings.detail.detentionPlace': 'Place of detention',
  'filings.detail.detentionAuthority': 'Detaining authority',
  'filings.detail.grounds': 'Grounds',
  'filings.detail.annexes': 'Exhibits',
  'filings.groundsHint': 'One paragraph per ground; leave a blank line between grounds.',
  'filings.annexesHint': 'One exhibit per line.',
  'filings.generate': 'Generate PDF',
  'filings.generating': 'Generating…',
  'filings.generated': '{title}, version {version}, generated. Its preview is below.',
  'filings.missingIntro':
    'The filing was not generated: {count} item(s) are missing. Fill them in, then generate again.',
  'filings.fillHere': 'Fill in on this form',
  'filings.goTo': 'Go to where it is entered',
  'filings.askAdmin': "ask your office's administrator to enter it in the office settings",
  'filings.notInApp': 'not recorded in Amparo yet; this template cannot be generated for now',
  'filings.section.filing': 'this filing',
  'filings.section.organization': 'office settings',
  'filings.section.attorney': 'the lead attorney',
  'filings.section.client': 'the person',
  'filings.section.case': 'the case',
  'filings.section.decision': 'the contested order',
  'filings.section.timeline': 'the timeline',
  'filings.section.risk': 'the risk screening',
  'filings.section.filingFacts':
    "the case's filing facts (statements, late-filing reasons, authorized persons)",
  'filings.section.other': 'elsewhere',
  'filings.list': 'Filings of this case',
  'filings.none': 'No filing has been generated for this case yet.',
  'filings.version': 'version {version}',
  'filings.pages': '{pages} page(s)',
  'filings.status.draft': 'Draft',
  'filings.status.approved': 'Approved',
  'filings.approve': 'Approve for filing',
  'filings.approved': 'Approved. An attorney can now mark it filed once it is filed.',
  'filings.approvedAt': 'Approved:',
  'filings.riskUnsigned':
    'This version prints the risk level of an assessment no attorney had signed off, so it cannot be approved. Have an attorney sign off the assessment, then generate a new version.',
  'filings.status.filed': 'Filed',
  'filings.status.served': 'Served',
  'filings.filedAt': 'Filed:',
  'filings.servedAt': 'Served:',
  'filings.verified': 'the downloaded copy matches',
  'filings.notVerified':
    'The downloaded copy does not match the recorded SHA-256. Do not file it; download it again.',
  'filings.preview': 'Preview',
  'filings.preview.rendering': 'Drawing the pages…',
  'filings.preview.failed': 'The preview could not be drawn. Download the PDF to read it.',
  'filings.preview.page': 'Page {page} of {pages}',
  'filings.download': 'Download PDF',
  'filings.markFiled': 'Mark filed',
  'filings.markServed': 'Mark served',
  'filings.markedFiled': 'Marked filed. The timeline records it and the next deadline starts.',
  'filings.markedFiledNoEvent':
    'Marked filed. This kind of filing starts no deadline, so the timeline records no event for it.',
  'filings.markedServed': 'Marked served.',

  'errors.network':
    'Amparo cannot reach the server. Check your internet connection, then try again.',
  'errors.badRequest': 'Some information was not accepted: {detail} Correct it and try again.',
  'errors.unauthorized': 'Your session has ended. Sign in again to continue.',
  'errors.forbidden':
    'Your role does not allow this action. Ask a supervisor or an administrator if you need it.',
  'errors.mfaEnrolmentRequired':
    'Your office now requires two-step verification for your role. Set it up in My account to continue.',
  'errors.notFound': 'This record does not exist, or you do not have access to it.',
  'errors.conflict':
    'Someone else changed this record while you were working on it. Reload to see the latest version, then make your change again.',
  'errors.payloadTooLarge':
    'What you sent is too large (the limit is 1 MB). Make it smaller and try again.',
  'errors.unsupportedMediaType': 'This type of file or content is not accepted here.',
  'errors.validation': 'Some information was not accepted: {detail} Correct it and try again.',
  'errors.csrf': 'This page is out of date for your session. Reload it, then try again.',
  'errors.tooManyRequests': 'Too many attempts in a short time. Wait a minute, then try again.',
  'errors.unavailable':
    'Amparo is temporarily unavailable. Try again in a minute; your input is still here.',
  'errors.server':
    'Something went wrong on the server. Try again; if it happens again, give support this reference: {requestId}.',
  'errors.unknown': 'Something unexpected happened (status {status}). Try again.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
