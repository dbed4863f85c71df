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
};
