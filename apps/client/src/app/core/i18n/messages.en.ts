/**
 * English messages: the reference dictionary. Its keys define `MessageKey`, so a key used in a
 * template that is missing here fails the type check, and `messages.es.ts` must carry every key.
 * `{name}` placeholders are filled by `TranslationService.t`.
 */
export const en = {
  'app.name': 'Amparo',

  'shell.skipToContent': 'Skip to main content',
  'shell.navigation': 'Main navigation',
  'shell.openNavigation': 'Open navigation',
  'shell.closeNavigation': 'Close navigation',
  'shell.nav.caseload': 'Caseload',
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
  'login.sessionExpired': 'Your session ended. Sign in again to continue where you were.',

  'caseload.title': 'Caseload',
  'caseload.emptyTitle': 'No cases yet',
  'caseload.emptyBody':
    'Cases assigned to you appear here, ranked by urgency: escalations first, then the nearest deadline.',
  'caseload.checkedAt': 'Checked {time}',

  'notFound.title': 'Page not found',
  'notFound.body':
    'There is no page at {path}. The address may be mistyped, or the page may have moved.',
  'notFound.home': 'Go to your caseload',

  'errors.network':
    'Amparo cannot reach the server. Check your internet connection, then try again.',
  'errors.badRequest': 'Some information was not accepted: {detail} Correct it and try again.',
  'errors.unauthorized': 'Your session has ended. Sign in again to continue.',
  'errors.forbidden':
    'Your role does not allow this action. Ask a supervisor or an administrator if you need it.',
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
