import type { Messages } from './messages.en';

/** Spanish messages. Typed as `Messages`, so a missing or misspelled key fails the build. */
export const es: Messages = {
  'app.name': 'Amparo',

  'shell.skipToContent': 'Saltar al contenido principal',
  'shell.navigation': 'Navegación principal',
  'shell.openNavigation': 'Abrir navegación',
  'shell.closeNavigation': 'Cerrar navegación',
  'shell.nav.caseload': 'Casos',
  'shell.switchLanguage': 'English',
  'shell.switchLanguageHint': 'Cambiar el idioma a inglés',
  'shell.signedInAs': 'Sesión de {name}',
  'shell.sessionEnds': 'La sesión termina a las {time}',
  'shell.signOut': 'Cerrar sesión',

  'login.title': 'Ingresar a Amparo',
  'login.intro': 'Use el correo electrónico y la contraseña que le dio su organización.',
  'login.email': 'Correo electrónico',
  'login.password': 'Contraseña',
  'login.otp': 'Código de un solo uso',
  'login.otpHint': 'El código de 6 dígitos de su aplicación de autenticación',
  'login.otpPrompt':
    'Su cuenta usa verificación en dos pasos. Ingrese el código de su aplicación de autenticación.',
  'login.submit': 'Ingresar',
  'login.submitting': 'Ingresando…',
  'login.emailRequired': 'Ingrese su correo electrónico.',
  'login.emailInvalid': 'Ingrese un correo como nombre@ejemplo.org.',
  'login.passwordRequired': 'Ingrese su contraseña.',
  'login.otpRequired': 'Ingrese el código de 6 dígitos.',
  'login.otpFormat': 'El código tiene exactamente 6 dígitos.',
  'login.badCredentials':
    'El correo o la contraseña no son correctos. Revise ambos y vuelva a intentarlo.',
  'login.otpInvalid':
    'Ese código no es válido o ya venció. Ingrese el código actual de su aplicación.',
  'login.sessionExpired': 'Su sesión terminó. Ingrese de nuevo para continuar donde estaba.',

  'caseload.title': 'Casos',
  'caseload.emptyTitle': 'Todavía no hay casos',
  'caseload.emptyBody':
    'Aquí aparecen los casos asignados a usted, ordenados por urgencia: primero las escaladas, luego el plazo más próximo.',
  'caseload.checkedAt': 'Consultado {time}',

  'notFound.title': 'Página no encontrada',
  'notFound.body':
    'No hay ninguna página en {path}. Puede que la dirección esté mal escrita o que la página se haya movido.',
  'notFound.home': 'Ir a sus casos',

  'errors.network':
    'Amparo no puede comunicarse con el servidor. Revise su conexión a internet y vuelva a intentarlo.',
  'errors.badRequest':
    'Parte de la información no fue aceptada: {detail} Corríjala y vuelva a intentarlo.',
  'errors.unauthorized': 'Su sesión terminó. Ingrese de nuevo para continuar.',
  'errors.forbidden':
    'Su rol no permite esta acción. Si la necesita, pídala a un supervisor o a un administrador.',
  'errors.notFound': 'Este registro no existe o usted no tiene acceso a él.',
  'errors.conflict':
    'Otra persona modificó este registro mientras usted trabajaba en él. Recargue para ver la versión más reciente y vuelva a hacer su cambio.',
  'errors.payloadTooLarge':
    'Lo que envió es demasiado grande (el límite es 1 MB). Redúzcalo y vuelva a intentarlo.',
  'errors.unsupportedMediaType': 'Aquí no se acepta este tipo de archivo o contenido.',
  'errors.validation':
    'Parte de la información no fue aceptada: {detail} Corríjala y vuelva a intentarlo.',
  'errors.csrf':
    'Esta página quedó desactualizada para su sesión. Recárguela y vuelva a intentarlo.',
  'errors.tooManyRequests':
    'Demasiados intentos en poco tiempo. Espere un minuto y vuelva a intentarlo.',
  'errors.unavailable':
    'Amparo no está disponible por el momento. Vuelva a intentarlo en un minuto; lo que escribió sigue aquí.',
  'errors.server':
    'Algo falló en el servidor. Vuelva a intentarlo; si vuelve a pasar, dé esta referencia a soporte: {requestId}.',
  'errors.unknown': 'Ocurrió algo inesperado (estado {status}). Vuelva a intentarlo.',
};
