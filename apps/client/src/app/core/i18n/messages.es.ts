import { deadlineStateEs } from './deadline-state.messages.es';
import { caseMessagesEs } from './case.messages.es';
import { caseloadMessagesEs } from './caseload.messages.es';
import { intakeCsvMessagesEs } from './intake-csv.messages.es';
import { filingFactsMessagesEs } from './filing-facts.messages.es';
import type { Messages } from './messages.en';
import { notificationsEs } from './notifications.messages.es';
import { personMessagesEs } from './person.messages.es';
import { ruleChangesEs } from './rule-changes.messages.es';
import { supervisionEs } from './supervision.messages.es';

/** Spanish messages. Typed as `Messages`, so a missing or misspelled key fails the build. */
export const es: Messages = {
  ...supervisionEs,
  'app.name': 'Amparo',
  ...caseMessagesEs,
  ...deadlineStateEs,
  ...caseloadMessagesEs,
  ...intakeCsvMessagesEs,
  ...filingFactsMessagesEs,
  ...personMessagesEs,
  ...notificationsEs,
  ...ruleChangesEs,

  'shell.skipToContent': 'Saltar al contenido principal',
  'shell.navigation': 'Navegación principal',
  'shell.openNavigation': 'Abrir navegación',
  'shell.closeNavigation': 'Cerrar navegación',
  'shell.nav.caseload': 'Casos',
  'shell.nav.account': 'Mi cuenta',
  'shell.nav.admin': 'Administración',
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
  'login.recoveryCode': 'Código de recuperación',
  'login.recoveryCodeHint':
    'Uno de los códigos que guardó, como abcde-12345. Cada uno funciona una sola vez.',
  'login.recoveryCodeRequired': 'Ingrese un código de recuperación.',
  'login.recoveryCodeFormat': 'Un código de recuperación se ve así: abcde-12345.',
  'login.recoveryCodeInvalid':
    'Ese código de recuperación no es válido o ya se usó. Pruebe con otro de sus códigos.',
  'login.useRecoveryCode': '¿Perdió su teléfono? Use un código de recuperación',
  'login.useOtp': 'Usar el código de su aplicación',
  'login.passwordSet': 'Su contraseña quedó creada. Ingrese con ella ahora.',
  'login.sessionExpired': 'Su sesión terminó. Ingrese de nuevo para continuar donde estaba.',

  'setPassword.title': 'Elija su contraseña',
  'setPassword.intro':
    'Elija una contraseña para su cuenta de Amparo. Solo usted la conocerá; nadie en su oficina puede verla.',
  'setPassword.noToken':
    'Esta dirección no contiene un enlace para crear contraseña. Abra el enlace completo que le dio su administrador o pídale uno nuevo.',
  'setPassword.password': 'Nueva contraseña',
  'setPassword.rules':
    'De 12 a 128 caracteres. Unas cuantas palabras sin relación funcionan bien; las contraseñas comunes se rechazan.',
  'setPassword.required': 'Ingrese una contraseña.',
  'setPassword.tooShort': 'Use al menos 12 caracteres.',
  'setPassword.confirm': 'Repita la contraseña',
  'setPassword.mismatch': 'Las dos contraseñas no coinciden. Escríbalas de nuevo.',
  'setPassword.submit': 'Crear contraseña',
  'setPassword.rejected': 'La contraseña no fue aceptada:',
  'setPassword.linkInvalid':
    'Este enlace no es válido, ya se usó o venció (duran 24 horas). Pida uno nuevo a su administrador.',

  'account.title': 'Mi cuenta',
  'account.name': 'Nombre',
  'account.profile.title': 'Datos profesionales para los escritos',
  'account.profile.intro':
    'Los escritos los imprimen bajo su firma cuando usted lleva el caso, para que nadie los escriba en cada escrito.',
  'account.profile.barNumber': 'Número de colegiatura o registro profesional',
  'account.profile.barNumberHint':
    'Como lo pide el tribunal, p. ej. CAL 12345 o cédula profesional 1234567',
  'account.profile.eoirId': 'EOIR ID (tribunales de inmigración de EE. UU.)',
  'account.profile.eoirIdHint': 'Solo si actúa ante la EOIR: letras y dígitos, p. ej. ZX123456',
  'account.profile.eoirIdInvalid': 'El EOIR ID tiene de 6 a 12 letras y dígitos, p. ej. ZX123456.',
  'account.profile.titleOf': 'Perfil profesional de {name}',
  'account.profile.introOf':
    'Lo que los escritos imprimen con la firma de este miembro. Se guarda sobre la versión mostrada: un cambio que el miembro hizo mientras tanto se muestra, nunca se sobrescribe.',
  'account.profile.gender': 'Título que se imprime con su nombre en los escritos en español',
  'account.profile.gender.female': 'Abogada',
  'account.profile.gender.male': 'Abogado',
  'account.profile.gender.unstated': 'Abogado(a): prefiero no indicarlo',
  'account.profile.save': 'Guardar datos profesionales',
  'account.profile.saved': 'Guardado. Los nuevos escritos imprimen estos datos.',
  'account.profile.conflict':
    'Alguien cambió sus datos mientras tanto; el formulario muestra ahora los suyos. Repita su cambio y guarde.',
  'account.profile.conflictOf':
    'Alguien cambió estos datos mientras tanto; el formulario muestra ahora los actuales. Haga su cambio de nuevo y guarde.',
  'account.mfaRequired':
    'Su oficina exige la verificación en dos pasos para su rol. Configúrela abajo para continuar; hasta entonces el resto de Amparo permanece cerrado.',
  'account.mfa.title': 'Verificación en dos pasos',
  'account.mfa.on': 'La verificación en dos pasos está activada.',
  'account.mfa.off': 'La verificación en dos pasos está desactivada.',
  'account.mfa.why':
    'Al activarla, para ingresar necesitará su contraseña y un código de una aplicación de autenticación en su teléfono; así una contraseña robada no basta para abrir sus casos.',
  'account.mfa.enrol': 'Configurar la verificación en dos pasos',
  'account.mfa.enabledDone': 'La verificación en dos pasos ya está activada.',
  'account.mfa.disabledDone': 'La verificación en dos pasos ya está desactivada.',
  'account.mfa.wrongPassword': 'Esa contraseña no es correcta. Escríbala de nuevo.',
  'account.enrol.passwordStep': 'Paso 1 de 3: confirme que es usted',
  'account.enrol.start': 'Continuar',
  'account.enrol.scanStep': 'Paso 2 de 3: agregue Amparo a su aplicación de autenticación',
  'account.enrol.scanBody':
    'Escanee este código con su aplicación de autenticación o escriba en ella la clave de abajo. Luego ingrese el código de 6 dígitos que muestra la aplicación.',
  'account.enrol.qrAlt': 'Código QR para escanear con su aplicación de autenticación',
  'account.enrol.secret': 'Clave para escribir a mano:',
  'account.enrol.confirm': 'Activar',
  'account.codes.title': 'Paso 3 de 3: guarde sus códigos de recuperación',
  'account.codes.body':
    'Si pierde su teléfono, cada uno de estos códigos le permite ingresar una vez. Solo se muestran ahora: cópielos o descárguelos y guárdelos en un lugar seguro, lejos de su teléfono.',
  'account.codes.list': 'Códigos de recuperación',
  'account.codes.copy': 'Copiar códigos',
  'account.codes.download': 'Descargar como texto',
  'account.codes.copied': 'Códigos copiados.',
  'account.codes.fileHeading': 'Códigos de recuperación de Amparo (cada uno funciona una vez)',
  'account.codes.done': 'Ya los guardé',
  'account.disable.title': 'Desactivar la verificación en dos pasos',
  'account.disable.body':
    'Ingrese su contraseña y un código actual de su aplicación. Su oficina puede exigirla para su rol.',
  'account.disable.submit': 'Desactivar',
  'account.mfa.replace': 'Reemplazar mi aplicación de autenticación',
  'account.mfa.replacedDone':
    'Su nueva aplicación de autenticación está configurada. La anterior y sus códigos de recuperación anteriores ya no funcionan.',
  'account.mfa.currentCode': 'Código actual o código de recuperación',
  'account.mfa.currentCodeHint':
    'El código de 6 dígitos de la aplicación que usa ahora, o uno de sus códigos de recuperación (abcde-12345)',
  'account.mfa.currentCodeRequired':
    'Ingrese un código de su aplicación actual, o un código de recuperación si la perdió.',
  'account.mfa.currentCodeFormat':
    'Ingrese el código de 6 dígitos, o un código de recuperación escrito como abcde-12345.',
  'account.mfa.codeRequired':
    'La verificación en dos pasos está activada: ingrese un código de su aplicación actual o un código de recuperación.',
  'account.mfa.tooManyAttempts':
    'Demasiadas contraseñas o códigos incorrectos. Espere un poco (la espera crece con cada intento) y vuelva a intentarlo.',
  'account.replace.passwordStep':
    'Paso 1 de 3: confirme que es usted, con su contraseña y su código actual',
  'account.replace.pendingNote':
    'Hasta que confirme con un código de la nueva aplicación, su aplicación actual sigue funcionando.',
  'account.replace.confirm': 'Usar la nueva aplicación',

  'notFound.title': 'Página no encontrada',
  'notFound.body':
    'No hay ninguna página en {path}. Puede que la dirección esté mal escrita o que la página se haya movido.',
  'notFound.home': 'Ir a sus casos',

  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.loading': 'Cargando…',
  'common.close': 'Cerrar',

  'roles.admin': 'Administrador',
  'roles.admin.hint':
    'Gestiona cuentas y la configuración de la oficina; por este rol no ve el contenido de los casos.',
  'roles.supervisor': 'Supervisor',
  'roles.supervisor.hint':
    'Ve todos los casos de la oficina, asigna trabajo, exime plazos, audita.',
  'roles.attorney': 'Abogado',
  'roles.attorney.hint':
    'Trabaja los casos asignados y actúa con efecto legal (presenta escritos, cumple plazos).',
  'roles.paralegal': 'Asistente legal',
  'roles.paralegal.hint':
    'Trabaja los casos asignados: ingreso, eventos, notas, borradores. Nunca presenta ni exime.',

  'admin.title': 'Administración',
  'admin.sections': 'Secciones de administración',
  'admin.conflict':
    'Otra persona cambió esto mientras tanto. Abajo se muestra la versión actual: revísela y vuelva a guardar o descarte su cambio.',
  'admin.retry': 'Guardar mi cambio de nuevo',
  'admin.selfRoleGrant':
    'No puede darse a sí mismo un rol que abre los expedientes (supervisor, abogado o asistente legal). Pida a otro administrador que lo haga; sus supervisores serán avisados.',
  'admin.lastAdmin':
    'La oficina debe conservar al menos un administrador activo. Primero dé el rol de administrador a otra persona.',
  'admin.roles.legend': 'Roles',
  'admin.roles.required': 'Elija al menos un rol.',

  'admin.link.title': 'Enlace para crear la contraseña de {name}',
  'admin.link.body':
    'Entregue este enlace usted mismo (en persona o por un canal de confianza). Funciona una sola vez. Amparo nunca envía contraseñas ni enlaces por correo.',
  'admin.link.label': 'Enlace de un solo uso',
  'admin.link.copy': 'Copiar enlace',
  'admin.link.copied': 'Enlace copiado.',
  'admin.link.done': 'Listo',
  'admin.link.expires': 'Válido hasta {time}.',

  'admin.invite.title': 'Invitar a un miembro',
  'admin.invite.intro':
    'La persona no recibe ningún correo: usted recibe un enlace de un solo uso para entregarle, donde ella elige su contraseña.',
  'admin.invite.email': 'Correo electrónico',
  'admin.invite.emailRequired': 'Ingrese su correo electrónico.',
  'admin.invite.name': 'Nombre completo',
  'admin.invite.nameRequired': 'Ingrese su nombre.',
  'admin.invite.submit': 'Invitar',
  'admin.invite.emailTaken':
    'Ya existe una cuenta con este correo. Revise la lista o use otra dirección.',

  'admin.rolesDialog.title': 'Roles de {name}',
  'admin.rolesDialog.current': 'Ahora: {name} tiene los roles {roles}.',
  'admin.rolesDialog.note': 'El cambio de rol se aplica desde su próxima acción.',

  'admin.disable.title': '¿Desactivar a {name}?',
  'admin.disable.body':
    'La sesión de {name} se cerrará de inmediato en todos sus dispositivos y no podrá ingresar hasta que un administrador reactive la cuenta. Sus casos y registros se conservan.',
  'admin.disable.reason': 'Motivo (opcional)',
  'admin.disable.reasonHint': 'Queda en el registro de auditoría.',
  'admin.disable.submit': 'Desactivar cuenta',

  'admin.resetMfa.title': '¿Restablecer la verificación en dos pasos de {name}?',
  'admin.resetMfa.body':
    'Úselo cuando {name} perdió su aplicación de autenticación. Su sesión se cierra de inmediato en todas partes, sus códigos de recuperación dejan de funcionar y configura la aplicación de nuevo al ingresar.',
  'admin.resetMfa.confirm': 'Restablecer',

  'admin.passwordLink.title': '¿Nuevo enlace de contraseña para {name}?',
  'admin.passwordLink.body':
    'La sesión de {name} se cierra de inmediato en todas partes y cualquier enlace anterior deja de funcionar. Usted recibe un nuevo enlace de un solo uso para entregarle.',
  'admin.passwordLink.confirm': 'Crear enlace',

  'admin.users.title': 'Usuarios',
  'admin.users.invite': 'Invitar a un miembro',
  'admin.users.caption': 'Miembros de su oficina',
  'admin.users.name': 'Nombre y correo',
  'admin.users.roles': 'Roles',
  'admin.users.status': 'Estado',
  'admin.users.mfa': 'Verificación en dos pasos',
  'admin.users.password': 'Contraseña',
  'admin.users.actions': 'Acciones',
  'admin.users.active': 'Activa',
  'admin.users.disabled': 'Desactivada',
  'admin.users.mfaOn': 'Activada',
  'admin.users.mfaOff': 'Desactivada',
  'admin.users.passwordSet': 'Creada',
  'admin.users.passwordPending': 'Pendiente (enlace aún sin usar)',
  'admin.users.changeRoles': 'Cambiar roles',
  'admin.users.changeRolesFor': 'Cambiar roles: {name}',
  'admin.users.enable': 'Reactivar',
  'admin.users.enableFor': 'Reactivar: {name}',
  'admin.users.disable': 'Desactivar',
  'admin.users.disableFor': 'Desactivar: {name}',
  'admin.users.resetMfa': 'Restablecer verificación en dos pasos',
  'admin.users.resetMfaFor': 'Restablecer verificación en dos pasos: {name}',
  'admin.users.passwordLink': 'Nuevo enlace de contraseña',
  'admin.users.passwordLinkFor': 'Nuevo enlace de contraseña: {name}',
  'admin.users.profile': 'Perfil profesional',
  'admin.users.profileFor': 'Perfil profesional: {name}',
  'admin.users.rolesSaved': 'Roles de {name} guardados.',
  'admin.users.disabledDone': '{name} está desactivado y su sesión se cerró en todas partes.',
  'admin.users.enabledDone': '{name} puede ingresar de nuevo.',
  'admin.users.mfaResetDone':
    'Verificación en dos pasos de {name} restablecida; su sesión se cerró.',

  'admin.settings.title': 'Configuración de la oficina',
  'admin.settings.visibility': 'Quién ve qué casos',
  'admin.settings.visibility.assigned': 'Solo los casos asignados a cada persona',
  'admin.settings.visibility.assignedHint':
    'Los supervisores siguen viendo todos los casos de la oficina.',
  'admin.settings.visibility.organization': 'Toda la oficina ve todos los casos',
  'admin.settings.visibility.organizationHint':
    'Todos pueden leer todos los casos; solo el equipo asignado puede modificarlos.',
  'admin.settings.mfa': 'Verificación en dos pasos obligatoria para',
  'admin.settings.mfaHint':
    'Los miembros con estos roles deben configurar una aplicación de autenticación antes de poder usar cualquier otra cosa.',
  'admin.settings.noRoles': 'ningún rol',
  'admin.settings.current':
    'Ahora: {visibility}; verificación en dos pasos obligatoria para: {roles}.',
  'admin.settings.useCurrent': 'Descartar mi cambio',
  'admin.settings.saved': 'Configuración guardada.',
  'admin.settings.defaults': 'Dónde trabaja la oficina',
  'admin.settings.defaultsHint':
    'El ingreso parte de estos datos: el país de un caso nuevo, la hora en que se cuentan sus plazos salvo que su tribunal u oficina tenga otra, y el idioma.',
  'admin.settings.jurisdiction': 'País de la mayoría de los casos',
  'admin.settings.timeZone': 'Zona horaria',
  'admin.settings.language': 'Idioma',
  'admin.settings.none': 'Sin definir',
  'admin.settings.address': 'Dirección postal de la oficina',
  'admin.settings.addressHint': 'Como la imprimen los escritos: calle y número, distrito, ciudad',

  // --- página del caso: pestaña de riesgo (features/case-risk) ---
  'risk.title': 'Riesgo de devolución',
  'risk.retry': 'Volver a intentar',
  'risk.empty':
    'Aún no se ha registrado una evaluación de riesgo para este caso. La evaluación ayuda a ver a tiempo el peligro en caso de retorno; nunca decide por la abogada o el abogado.',
  'risk.start': 'Iniciar la evaluación',
  'risk.update': 'Actualizar la evaluación (nueva versión)',
  'risk.latest': 'Última evaluación: versión {version},',
  'risk.saved': 'Evaluación guardada como nueva versión. Su nivel y sus razones se muestran abajo.',
  'risk.signOff': 'Validar esta evaluación',
  'risk.signedOff': 'Validada por un abogado o abogada:',
  'risk.alreadySignedOff': 'Esta versión ya estaba validada; se muestra como está ahora.',
  'risk.signedOffNow': 'Evaluación validada.',
  'risk.notSignedOff': 'Aún no validada por un abogado o abogada.',
  'risk.legalBasis': 'Base legal:',
  'risk.escalation.title': 'Escalado: riesgo {level} y expulsión posible dentro de 72 horas',
  'risk.escalation.body':
    'Supervisión ve este caso en la lista de escalamientos. Actúe ya: presente lo que detenga la expulsión y avise a la abogada o abogado responsable.',
  'risk.escalation.until': 'el plazo vence',
  'risk.level.low': 'Bajo',
  'risk.level.moderate': 'Moderado',
  'risk.level.high': 'Alto',
  'risk.level.extreme': 'Extremo',
  'risk.pathway.open': 'abierta',
  'risk.pathway.possiblyBarred':
    'posiblemente excluida: revise primero las respuestas de exclusión',
  'risk.pathway.forumNotVerified': 'abierta, pero no está verificado que el foro la aplique',
  'risk.pathway.notInForumLaw': 'no disponible: la ley del foro no la prevé',
  'risk.result.destination': 'País de temido retorno: {country}',
  'risk.result.aid':
    'Una ayuda para la abogada o el abogado, no una decisión: todo nivel por encima de bajo indica las respuestas y los datos del país que lo sustentan.',
  'risk.result.urgency': 'Urgencia',
  'risk.result.reasons': 'Por qué este nivel',
  'risk.result.noReasons':
    'No se encontró ningún factor de riesgo en las respuestas ni en el perfil del país.',
  'risk.result.fromAnswers': 'Según las respuestas:',
  'risk.result.fromProfile': 'Según el perfil del país:',
  'risk.result.pathways': 'Vías de protección abiertas',
  'risk.result.noPathways': 'Estas respuestas no indican ninguna vía de protección.',
  'risk.result.advisories': 'Por revisar',
  'risk.fact.namedProfile': 'las directrices nombran el perfil',
  'risk.fact.returnsAdvisedAgainst': 'se desaconsejan los retornos',
  'risk.fact.cartagenaContext': 'las directrices ubican la mayoría de perfiles bajo Cartagena',
  'risk.fact.thirdCountryArrangement': 'recibe personas deportadas de otras nacionalidades',
  'risk.profile.destinationHeading': 'Lo que dice el perfil de {country}',
  'risk.profile.forumHeading': 'Datos del foro: {country}',
  'risk.profile.office': '(versión de su oficina)',
  'risk.profile.reference': '(referencia incluida en Amparo)',
  'risk.profile.returnsAdvisedAgainst': 'Retornos desaconsejados desde {since}.',
  'risk.profile.profilesAtRisk': 'Perfiles de riesgo nombrados en las directrices:',
  'risk.profile.notTranscribed':
    'Las directrices existen, pero sus perfiles de riesgo no están transcritos aquí: compare a la persona con el documento.',
  'risk.profile.cartagenaYes': 'Aplica la definición de Cartagena ({basis}).',
  'risk.profile.cartagenaPartly': 'Aplica parte de la definición de Cartagena ({basis}).',
  'risk.profile.cartagenaNo': 'No tiene definición de Cartagena ({basis}).',
  'risk.profile.cartagenaNotVerified':
    'No está verificado si este foro aplica la definición de Cartagena.',
  'risk.profile.reviewedOn': 'Perfil revisado el {date}.',
  'risk.profile.status.verified': 'verificado',
  'risk.profile.status.secondary': 'fuente secundaria',
  'risk.profile.status.unverified': 'sin verificar',
  'risk.profile.status.notFound': 'fuente no encontrada',
  'risk.profile.guidanceAgeDue': 'Revisión pendiente.',
  'risk.profile.reviewedBy': 'Perfil revisado el {date} por {name}.',
  'risk.profile.status.notRecorded': 'fuente no registrada',
  'risk.profile.source': 'fuente',
  'risk.profile.groundsNotInLaw': 'No figuran en la ley de este foro: {grounds}.',
  'risk.profile.referenceNewer':
    'La copia de su oficina es anterior a la revisión de la referencia del {date}: pida a un supervisor que las compare.',
  'risk.answer.yes': 'Sí',
  'risk.answer.no': 'No',
  'risk.answer.none': 'Sin respuesta',
  'risk.answer.clear': 'Borrar respuesta',
  'risk.answer.sealed': 'Se guarda cifrado; solo lo lee el equipo del caso.',
  'risk.form.steps': 'Secciones de la evaluación',
  'risk.form.next': 'Siguiente',
  'risk.form.back': 'Atrás',
  'risk.form.toReview': 'Revisar',
  'risk.form.review': 'Revisar y guardar',
  'risk.form.reviewIntro':
    'Al guardar se registra una nueva versión de la evaluación; las anteriores se conservan con lo que cambió.',
  'risk.form.evidenceNotes': 'Notas sobre la prueba (opcional)',
  'risk.form.save': 'Guardar como nueva evaluación',
  'risk.form.saving': 'Guardando…',
  'risk.form.stepHasProblems': 'Algunas respuestas aquí requieren atención',
  'risk.form.problemsIntro': 'No se guardó nada. Corrija estas respuestas y vuelva a guardar:',
  'risk.problem.required': 'Responda esta pregunta.',
  'risk.problem.wrongType': 'Esta respuesta no tiene la forma esperada: respóndala otra vez.',
  'risk.problem.unknownOption': 'Elija una de las opciones mostradas.',
  'risk.problem.invalidDate': 'Ingrese una fecha real.',
  'risk.problem.dateInFuture': 'La fecha no puede ser futura.',
  'risk.problem.outOfRange': 'El número está fuera del rango permitido.',
  'risk.problem.invalidCountry': 'Elija un país de la lista.',
  'risk.problem.tooLong': 'El texto es demasiado largo: acórtelo.',
  'risk.problem.unknownQuestion':
    'Esta pregunta no está en la evaluación vigente: recargue la página y responda de nuevo.',
  'risk.problem.instrumentVersion':
    'La evaluación se actualizó mientras tanto: recargue la página y vuelva a guardar.',
  'risk.problem.destinationMismatch': 'El país de temido retorno debe ser el elegido aquí.',
  'risk.history.title': 'Historial de versiones',
  'risk.history.version': 'Versión {version}',
  'risk.history.signedOff': 'validada',
  'risk.history.first': 'Primera versión de la evaluación.',
  'risk.history.levelChanged': 'Nivel {before} → {after} desde la versión {version}.',
  'risk.history.levelSame': 'Nivel sin cambios ({level}) desde la versión {version}.',
  'risk.history.noAnswerChanges': 'Ninguna respuesta cambió.',
  'risk.history.unanswered': 'sin respuesta',
  'risk.history.redacted': 'cambió un texto confidencial',
  'risk.history.none': 'ninguna',

  // --- página del caso: pestaña de escritos (features/case-filings) ---
  'filings.title': 'Escritos',
  'filings.new': 'Generar un escrito',
  'filings.template': 'Plantilla',
  'filings.language': 'Idioma del escrito',
  'filings.language.es': 'Español',
  'filings.language.en': 'Inglés',
  'filings.usesIntro': 'Este escrito también imprime, de los registros del caso:',
  'filings.details': 'Para este escrito',
  'filings.detailsHint':
    'Lo que los registros del caso aún no contienen. Se guarda con el caso: sus próximos escritos parten de lo que escriba aquí.',
  'filings.detail.place': 'Lugar de firma',
  'filings.detail.organizationAddress': 'Dirección de la organización',
  'filings.detail.attorneyBarNumber': 'Registro profesional (colegiatura o cédula)',
  'filings.detail.clientIdentityDocument': 'Documento de identidad de la persona',
  'filings.detail.decisionReference': 'Número de la resolución impugnada',
  'filings.detail.decisionAuthority': 'Autoridad que emitió la resolución',
  'filings.detail.decisionIssuedOn': 'Fecha de la resolución',
  'filings.detail.detentionPlace': 'Lugar de la retención',
  'filings.detail.detentionAuthority': 'Autoridad que retiene',
  'filings.detail.grounds': 'Fundamentos',
  'filings.detail.annexes': 'Anexos',
  'filings.groundsHint': 'Un párrafo por fundamento; deje una línea en blanco entre fundamentos.',
  'filings.annexesHint': 'Un anexo por línea.',
  'filings.generate': 'Generar PDF',
  'filings.generating': 'Generando…',
  'filings.generated': '{title}, versión {version}, generado. Su vista previa está abajo.',
  'filings.missingIntro':
    'No se generó el escrito: faltan {count} dato(s). Complételos y vuelva a generar.',
  'filings.fillHere': 'Completar en este formulario',
  'filings.goTo': 'Ir a donde se ingresa',
  'filings.askAdmin':
    'pida a la persona administradora de su oficina que lo ingrese en la configuración',
  'filings.notInApp':
    'Amparo aún no registra este dato; por ahora esta plantilla no se puede generar',
  'filings.section.filing': 'este escrito',
  'filings.section.organization': 'configuración de la oficina',
  'filings.section.attorney': 'la abogada o abogado responsable',
  'filings.section.client': 'la persona',
  'filings.section.case': 'el caso',
  'filings.section.decision': 'la resolución impugnada',
  'filings.section.timeline': 'la línea de tiempo',
  'filings.section.risk': 'la evaluación de riesgo',
  'filings.section.filingFacts':
    'los datos para escritos del caso (declaración, causas del retraso, autorizados)',
  'filings.section.other': 'otro lugar',
  'filings.list': 'Escritos de este caso',
  'filings.none': 'Aún no se ha generado ningún escrito para este caso.',
  'filings.version': 'versión {version}',
  'filings.pages': '{pages} página(s)',
  'filings.status.draft': 'Borrador',
  'filings.status.approved': 'Aprobado',
  'filings.approve': 'Aprobar para presentar',
  'filings.approved':
    'Aprobado. Un abogado o una abogada puede marcarlo como presentado cuando se presente.',
  'filings.approvedAt': 'Aprobado:',
  'filings.riskUnsigned':
    'Esta versión indica el nivel de riesgo de una evaluación que ningún abogado había aprobado, por lo que no puede aprobarse. Pida que se apruebe la evaluación y genere una nueva versión.',
  'filings.status.filed': 'Presentado',
  'filings.status.served': 'Notificado',
  'filings.filedAt': 'Presentado:',
  'filings.servedAt': 'Notificado:',
  'filings.verified': 'la copia descargada coincide',
  'filings.notVerified':
    'La copia descargada no coincide con el SHA-256 registrado. No la presente; descárguela de nuevo.',
  'filings.preview': 'Vista previa',
  'filings.preview.rendering': 'Dibujando las páginas…',
  'filings.preview.failed': 'No se pudo dibujar la vista previa. Descargue el PDF para leerlo.',
  'filings.preview.page': 'Página {page} de {pages}',
  'filings.download': 'Descargar PDF',
  'filings.markFiled': 'Marcar como presentado',
  'filings.markServed': 'Marcar como notificado',
  'filings.markedFiled':
    'Marcado como presentado. La línea de tiempo lo registra y empieza el siguiente plazo.',
  'filings.markedFiledNoEvent':
    'Marcado como presentado. Este tipo de escrito no inicia ningún plazo, así que la línea de tiempo no registra un hecho.',
  'filings.markedServed': 'Marcado como notificado.',

  'errors.network':
    'Amparo no puede comunicarse con el servidor. Revise su conexión a internet y vuelva a intentarlo.',
  'errors.badRequest':
    'Parte de la información no fue aceptada: {detail} Corríjala y vuelva a intentarlo.',
  'errors.unauthorized': 'Su sesión terminó. Ingrese de nuevo para continuar.',
  'errors.forbidden':
    'Su rol no permite esta acción. Si la necesita, pídala a un supervisor o a un administrador.',
  'errors.mfaEnrolmentRequired':
    'Su oficina ahora exige la verificación en dos pasos para su rol. Configúrela en Mi cuenta para continuar.',
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
