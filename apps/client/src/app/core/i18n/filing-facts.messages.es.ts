/**
 * Spanish messages of the filing facts tab and the batch-generation dialog: a block of their own
 * (spread into `messages.es.ts`), so features landing at the same time do not edit the same lines.
 */
import type { filingFactsMessagesEn } from './filing-facts.messages.en';

export const filingFactsMessagesEs: Readonly<Record<keyof typeof filingFactsMessagesEn, string>> = {
  'case.tab.filingFacts': 'Datos para escritos',

  'facts.title': 'Datos para escritos',
  'facts.intro':
    'Lo que declara la persona y ningún otro registro guarda: los hechos de la declaración jurada, por qué la solicitud de refugio es extemporánea (México, COMAR) y las personas autorizadas en un amparo (México). Los escritos los toman de aquí.',
  'facts.readOnly': 'Solo el equipo del caso puede cambiar estos datos.',
  'facts.empty': 'Todavía no se ha registrado nada.',
  'facts.updated': 'Versión {version}, guardada',
  'facts.facts': 'Hechos para los escritos',
  'facts.factsHint':
    'Lo que los escritos exponen bajo "Hechos". Nada de la cronología se imprime si no está escrito aquí: rellene a partir de las notas que elija y luego revise y corrija.',
  'facts.fact': 'Hecho para escritos {n}',
  'facts.addFact': 'Añadir un hecho',
  'facts.removeFact': 'Quitar el hecho {n}',
  'facts.prefillFromNotes': 'Rellenar a partir de notas de la cronología',
  'facts.pickNotes': 'Notas de la cronología para copiar',
  'facts.pickNotesHint':
    'Las notas se guardan cifradas y son confidenciales: elija solo las destinadas a este escrito. Cada una se copia en un hecho propio para que lo revise.',
  'facts.noNotes': 'Ningún evento de la cronología de este caso tiene nota.',
  'facts.copyNotes': 'Copiar {count} nota(s) en los hechos',
  'facts.entryPlace': 'Lugar de ingreso al país',
  'facts.entryPlaceHint':
    'Tal como debe figurar en los escritos; p. ej., un puesto fronterizo o un aeropuerto.',
  'facts.detentionPlace': 'Lugar de detención',
  'facts.detentionPlaceHint':
    'Dónde está retenida la persona, tal como debe figurar en los escritos; p. ej., el nombre y la dirección de la comisaría.',
  'facts.motion': 'Datos de la moción (Estados Unidos)',
  'facts.priorMotions': 'Mociones de reapertura ya presentadas',
  'facts.priorMotionsHint': '0 si esta es la primera.',
  'facts.finalOrderBy': 'La orden final la dictó',
  'facts.finalOrderBy.ij': 'el juez de inmigración',
  'facts.finalOrderBy.bia': 'la Junta de Apelaciones de Inmigración (BIA)',
  'facts.fee': 'Tasa de presentación',
  'facts.fee.paid': 'Pagada',
  'facts.fee.waiver': 'Se pide la exención',
  'facts.notStated': 'No indicado',
  'facts.statements': 'Hechos que declara la persona',
  'facts.statementsHint':
    'Los usan la declaración jurada y la solicitud de refugio. Un párrafo cada uno, con las palabras de quien declara.',
  'facts.statement': 'Hecho {n}',
  'facts.addStatement': 'Añadir un hecho',
  'facts.removeStatement': 'Quitar el hecho {n}',
  'facts.declarantLanguage': 'Idioma en que se le leyó la declaración',
  'facts.declarantLanguageHint':
    'Un código de idioma como vi, qu o pt-BR. Déjelo vacío si fue en español.',
  'facts.interpreterName': 'Intérprete',
  'facts.lateFilingReasons': 'Por qué la solicitud de refugio es extemporánea',
  'facts.lateFilingReasonsHint':
    'Los usa el escrito de justificación de extemporaneidad (México: más de 30 días hábiles desde el ingreso). Un motivo cada uno.',
  'facts.reason': 'Motivo {n}',
  'facts.addReason': 'Añadir un motivo',
  'facts.removeReason': 'Quitar el motivo {n}',
  'facts.authorizedPersons': 'Personas autorizadas',
  'facts.authorizedPersonsHint':
    'Las usa el escrito de autorizados (México). Con cédula profesional la persona queda autorizada en términos amplios (Ley de Amparo art. 12); sin ella, solo para oír notificaciones.',
  'facts.person': 'Persona {n}',
  'facts.personName': 'Nombre completo',
  'facts.professionalId': 'Cédula profesional (opcional)',
  'facts.professionalIdHint': 'Tal como debe imprimirse, p. ej. cédula profesional 0000001',
  'facts.addPerson': 'Añadir una persona',
  'facts.removePerson': 'Quitar a la persona {n}',
  'facts.required': 'Escriba algo aquí o quite esta entrada.',
  'facts.tooLong': 'Como máximo {max} caracteres.',
  'facts.languageCode': 'Un código de idioma como vi, qu o pt-BR.',
  'facts.save': 'Guardar los datos',
  'facts.saving': 'Guardando…',
  'facts.saved':
    'Guardado (versión {version}). Los escritos que se generen desde ahora usan estos datos.',
  'facts.invalid': 'Algunas entradas necesitan atención; están marcadas abajo.',
  'facts.conflict':
    'Otra persona guardó estos datos mientras tanto (versión {version}: {statements} hecho(s), {reasons} motivo(s), {persons} persona(s)). Sus cambios siguen en el formulario: guarde de nuevo para reemplazar los de esa persona, o muestre su versión.',
  'facts.showTheirs': 'Mostrar su versión',
  'facts.backToFilings': 'Volver a los escritos',
  'facts.noneListed': 'Ninguno',
  'batch.open': 'Generar un escrito para estos {count} casos',
  'batch.openOne': 'Generar un escrito para este caso',
  'batch.title': 'Generar un escrito para {count} casos',
  'batch.intro':
    'Un PDF por caso, cada uno con los datos de su propio registro. Amparo revisa antes cada caso: si alguno no puede tener este escrito, no se genera ninguno y se lista cada caso con lo que le falta.',
  'batch.tooMany':
    'Un lote admite como máximo {max} casos; se incluyen los primeros {max} de los {count}. Inicie otro lote para el resto.',
  'batch.template': 'Plantilla',
  'batch.language': 'Idioma de los escritos',
  'batch.details': 'Para todos los escritos de este lote',
  'batch.detailsHint':
    'Lo que los casos no registran, igual para todos (p. ej. el lugar de firma). Deje vacío lo que cada caso ya tiene.',
  'batch.start': 'Generar {count} escritos',
  'batch.starting': 'Revisando los casos…',
  'batch.close': 'Cerrar',
  'batch.refused':
    '{count} de los casos no pueden tener este escrito, así que no se generó ninguno. Complete los datos o déjelos fuera:',
  'batch.case': 'Caso {number}',
  'batch.openCase': 'Abrir el caso',
  'batch.openFacts': 'Datos para escritos',
  'batch.code.CASE_NOT_WRITABLE':
    'Usted no puede modificar este caso (no es de su equipo o no es de su oficina).',
  'batch.code.FILING_TEMPLATE_JURISDICTION': 'Esta plantilla no es para el país de este caso.',
  'batch.code.FILING_MISSING_DATA': 'Falta:',
  'batch.leaveOut': 'Dejar fuera estos {refused} y generar para los otros {rest}',
  'batch.progressLabel': 'Avance del lote',
  'batch.queued': 'Esperando su turno…',
  'batch.running': 'Generando: {done} de {total}',
  'batch.runningUnknown': 'Generando…',
  'batch.succeeded': '{count} escrito(s) generado(s), cada uno como borrador en su caso:',
  'batch.failedCases': '{count} caso(s) no se pudieron hacer mientras corría el lote:',
  'batch.failed': 'El lote se detuvo: {message} Los escritos ya hechos quedan en sus casos.',
  'batch.pollFailed': 'No se pudo leer el avance del lote.',
  'batch.retryPoll': 'Consultar de nuevo',
  'batch.another': 'Generar otro escrito',
};
