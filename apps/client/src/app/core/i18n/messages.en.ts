import { caseMessagesEn } from './case.messages.en';

/**
 * English messages: the reference dictionary. Its keys define `MessageKey`, so a key used in a
 * template that is missing here fails the type check, and `messages.es.ts` must carry every key.
 * `{name}` placeholders are filled by `TranslationService.t`.
 */
export const en = {
  'app.name': 'Amparo',
  ...caseMessagesEn,

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

  'caseload.title': 'Caseload',
  'caseload.emptyTitle': 'No cases yet',
  'caseload.emptyBody':
    'Cases assigned to you appear here, ranked by urgency: escalations first, then the nearest deadline.',
  'caseload.checkedAt': 'Checked {time}',

  'notFound.title': 'Page not found',
  'notFound.body':
    'There is no page at {path}. The address may be mistyped, or the page may have moved.',
  'notFound.home': 'Go to your caseload',

  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.loading': 'Loading…',

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
