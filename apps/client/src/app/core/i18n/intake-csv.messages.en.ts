/**
 * English messages of the CSV intake of many people: a block of their own (spread into
 * `messages.en.ts`), so features landing at the same time do not edit the same lines.
 */
export const intakeCsvMessagesEn = {
  'shell.nav.intakeCsv': 'Import many (CSV)',

  'intakeCsv.title': 'Import many people (CSV)',
  'intakeCsv.intro':
    'One row per person: who they are, their case, and the event that started the clock. The file is checked first; nothing is saved until you import it.',
  'intakeCsv.onePerson': 'Take in one person instead',
  'intakeCsv.fromIntake': 'Many people at once? Import a CSV file',
  'intakeCsv.template': 'Template with three example people:',
  'intakeCsv.allowedValues': 'Sheet of allowed values:',
  'intakeCsv.inEnglish': 'English',
  'intakeCsv.inSpanish': 'Español',
  'intakeCsv.templateHint':
    'Replace the example rows with your people. Cells take the names you see in Amparo, in English or Spanish (Mexico, At liberty, En libertad). Several values in one cell are separated by | (vertical bar). Write times as 2026-11-20 06:00 on the case’s clock; an entry into the country may be a date alone.',
  'intakeCsv.file.choose': 'Choose a CSV file',
  'intakeCsv.file.drop': 'or drop it here',
  'intakeCsv.file.dropZone': 'Drop a CSV file here',
  'intakeCsv.file.chosen': '{name} ({size})',
  'intakeCsv.file.tooLarge':
    'The file is larger than 5 MB: split it into files of at most 5,000 people.',
  'intakeCsv.file.unreadable': 'The file could not be read. Choose it again.',
  'intakeCsv.check': 'Check the file',
  'intakeCsv.checking': 'Checking the file…',
  'intakeCsv.summary.title': 'Check result',
  'intakeCsv.summary.rows': 'Rows',
  'intakeCsv.summary.valid': 'Ready to import',
  'intakeCsv.summary.invalid': 'With problems',
  'intakeCsv.summary.allGood': 'Every row can be imported.',
  'intakeCsv.problems.title': 'Problems to fix',
  'intakeCsv.problems.intro':
    'Fix these in the file and check it again, or import only the rows without problems.',
  'intakeCsv.problems.tableLabel': 'Problems by line and column',
  'intakeCsv.col.line': 'Line',
  'intakeCsv.col.column': 'Column',
  'intakeCsv.col.message': 'Problem',
  'intakeCsv.col.warning': 'Warning',
  'intakeCsv.warnings.title': 'Possible duplicates',
  'intakeCsv.warnings.intro':
    'Not errors: the office may already have these people. Check before importing.',
  'intakeCsv.preview.title': 'People to be taken in',
  'intakeCsv.preview.line': 'Line {line}',
  'intakeCsv.preview.noEvent': 'No event: no clock starts',
  'intakeCsv.preview.more': 'and {count} more',
  'intakeCsv.importAll': 'Import all {count} rows',
  'intakeCsv.importAllOne': 'Import the 1 row',
  'intakeCsv.importValid': 'Import only the {count} valid rows',
  'intakeCsv.importValidOne': 'Import only the 1 valid row',
  'intakeCsv.importAllBlocked': 'Import all is not possible while rows have problems.',
  'intakeCsv.importing': 'Starting the import…',
  'intakeCsv.job.queued': 'Waiting for its turn…',
  'intakeCsv.job.running': 'Importing: {done} of {total}',
  'intakeCsv.job.runningUnknown': 'Importing…',
  'intakeCsv.job.progressLabel': 'Import progress',
  'intakeCsv.job.succeeded': '{count} people taken in. Their cases:',
  'intakeCsv.job.succeededOne': '1 person taken in. Their case:',
  'intakeCsv.job.failed': 'The import failed and nothing of the file was saved: {message}',
  'intakeCsv.job.already':
    'This file was already imported (or is being imported): nothing new was started. Here is that import.',
  'intakeCsv.job.case': 'Case {number}',
  'intakeCsv.job.pollFailed': 'The import’s progress could not be read.',
  'intakeCsv.job.retryPoll': 'Check again',
  'intakeCsv.caseload': 'Go to the caseload',
  'intakeCsv.another': 'Import another file',
  'intakeCsv.apiError': '{detail}',
} as const;
