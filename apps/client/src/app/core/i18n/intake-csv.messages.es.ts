/**
 * Spanish messages of the CSV intake of many people: a block of their own (spread into
 * `messages.es.ts`), so features landing at the same time do not edit the same lines.
 */
import type { intakeCsvMessagesEn } from './intake-csv.messages.en';

export const intakeCsvMessagesEs: Readonly<Record<keyof typeof intakeCsvMessagesEn, string>> = {
  'shell.nav.intakeCsv': 'Importar varias (CSV)',

  'intakeCsv.title': 'Importar varias personas (CSV)',
  'intakeCsv.intro':
    'Una fila por persona: quién es, su caso y el hecho que inició el plazo. Primero se revisa el archivo; nada se guarda hasta que lo importe.',
  'intakeCsv.onePerson': 'Registrar a una sola persona',
  'intakeCsv.fromIntake': '¿Varias personas a la vez? Importe un archivo CSV',
  'intakeCsv.template': 'Plantilla con tres personas de ejemplo:',
  'intakeCsv.allowedValues': 'Hoja de valores permitidos:',
  'intakeCsv.inEnglish': 'English',
  'intakeCsv.inSpanish': 'Español',
  'intakeCsv.templateHint':
    'Reemplace las filas de ejemplo por sus personas. Las celdas aceptan los nombres que ve en Amparo, en español o inglés (México, En libertad, At liberty). Varios valores en una celda se separan con | (barra vertical). Escriba las horas como 2026-11-20 06:00 en la hora del caso; un ingreso al país puede ser solo la fecha.',
  'intakeCsv.file.choose': 'Elegir un archivo CSV',
  'intakeCsv.file.drop': 'o suéltelo aquí',
  'intakeCsv.file.dropZone': 'Suelte aquí un archivo CSV',
  'intakeCsv.file.chosen': '{name} ({size})',
  'intakeCsv.file.tooLarge':
    'El archivo pesa más de 5 MB: divídalo en archivos de 5.000 personas como máximo.',
  'intakeCsv.file.unreadable': 'No se pudo leer el archivo. Elíjalo de nuevo.',
  'intakeCsv.check': 'Revisar el archivo',
  'intakeCsv.checking': 'Revisando el archivo…',
  'intakeCsv.summary.title': 'Resultado de la revisión',
  'intakeCsv.summary.rows': 'Filas',
  'intakeCsv.summary.valid': 'Listas para importar',
  'intakeCsv.summary.invalid': 'Con problemas',
  'intakeCsv.summary.allGood': 'Todas las filas se pueden importar.',
  'intakeCsv.problems.title': 'Problemas que corregir',
  'intakeCsv.problems.intro':
    'Corríjalos en el archivo y revíselo de nuevo, o importe solo las filas sin problemas.',
  'intakeCsv.problems.tableLabel': 'Problemas por línea y columna',
  'intakeCsv.col.line': 'Línea',
  'intakeCsv.col.column': 'Columna',
  'intakeCsv.col.message': 'Problema',
  'intakeCsv.col.warning': 'Aviso',
  'intakeCsv.warnings.title': 'Posibles duplicados',
  'intakeCsv.warnings.intro':
    'No son errores: puede que la oficina ya tenga a estas personas. Revíselo antes de importar.',
  'intakeCsv.preview.title': 'Personas que se registrarán',
  'intakeCsv.preview.line': 'Línea {line}',
  'intakeCsv.preview.noEvent': 'Sin hecho: no empieza ningún plazo',
  'intakeCsv.preview.more': 'y {count} más',
  'intakeCsv.importAll': 'Importar las {count} filas',
  'intakeCsv.importAllOne': 'Importar la fila',
  'intakeCsv.importValid': 'Importar solo las {count} filas válidas',
  'intakeCsv.importValidOne': 'Importar solo la fila válida',
  'intakeCsv.importAllBlocked': 'No se puede importar todo mientras haya filas con problemas.',
  'intakeCsv.importing': 'Iniciando la importación…',
  'intakeCsv.job.queued': 'Esperando su turno…',
  'intakeCsv.job.running': 'Importando: {done} de {total}',
  'intakeCsv.job.runningUnknown': 'Importando…',
  'intakeCsv.job.progressLabel': 'Avance de la importación',
  'intakeCsv.job.succeeded': '{count} personas registradas. Sus casos:',
  'intakeCsv.job.succeededOne': '1 persona registrada. Su caso:',
  'intakeCsv.job.failed': 'La importación falló y no se guardó nada del archivo: {message}',
  'intakeCsv.job.already':
    'Este archivo ya se importó (o se está importando): no se inició nada nuevo. Esta es esa importación.',
  'intakeCsv.job.case': 'Caso {number}',
  'intakeCsv.job.pollFailed': 'No se pudo leer el avance de la importación.',
  'intakeCsv.job.retryPoll': 'Volver a consultar',
  'intakeCsv.caseload': 'Ir a los casos',
  'intakeCsv.another': 'Importar otro archivo',
  'intakeCsv.apiError': '{detail}',
};
