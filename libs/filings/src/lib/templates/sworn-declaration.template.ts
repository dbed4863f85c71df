// Any forum: the client's sworn declaration (declaración jurada), in Spanish or English.
import type { FilingTemplate } from '../model/filing-template.model';

export const SWORN_DECLARATION_TEMPLATE: FilingTemplate = {
  id: 'sworn-declaration',
  version: '1.1.0',
  jurisdiction: 'ANY',
  procedure: 'any',
  languages: ['es', 'en'],
  requiredFields: [
    'place',
    'client.fullName',
    'client.nationality',
    'case.caseNumber',
    'declaration.statements',
  ],
  variants: {
    es: {
      title: 'Declaración jurada',
      blocks: [
        {
          kind: 'parties',
          entries: [
            { label: 'Expediente:', value: '{{case.expediente}}', when: 'case.expediente' },
            { label: 'Caso interno:', value: '{{case.caseNumber}}' },
          ],
        },
        { kind: 'title', text: 'DECLARACIÓN JURADA' },
        {
          kind: 'paragraph',
          when: 'derived.otherForum',
          text: 'Yo, {{client.fullName}}, de nacionalidad {{client.nationality}}, declaro bajo juramento lo siguiente:',
        },
        {
          kind: 'paragraph',
          when: 'derived.mexicanForum',
          text: 'Yo, {{client.fullName}}, de nacionalidad {{client.nationality}}, bajo protesta de decir verdad manifiesto lo siguiente:',
        },
        {
          kind: 'paragraph',
          when: 'client.identityDocument',
          text: 'Me identifico con {{client.identityDocument}}.',
        },
        { kind: 'numbered', from: { path: 'declaration.statements', item: '{{item}}' } },
        {
          kind: 'paragraph',
          when: 'derived.otherForum',
          text: 'Declaro bajo juramento que lo expuesto es verdadero, que lo suscribo de manera libre y voluntaria, y que conozco las responsabilidades que la ley establece en caso de falsedad.',
        },
        {
          kind: 'paragraph',
          when: 'derived.mexicanForum',
          text: 'Manifiesto bajo protesta de decir verdad que lo expuesto es verdadero, que lo suscribo de manera libre y voluntaria, y que conozco las penas en que incurre quien declara falsamente ante una autoridad.',
        },
        {
          kind: 'paragraph',
          when: ['declaration.interpreterName', 'declaration.declarantLanguage'],
          text: 'Esta declaración me fue leída íntegramente en {{declaration.declarantLanguage}} por {{declaration.interpreterName}}, y manifiesto haber comprendido su contenido.',
        },
        { kind: 'placeDate', text: '{{place}}, {{today|date}}' },
        {
          kind: 'signature',
          signers: [
            ['{{client.fullName}}', '{{client.identityDocument}}'],
            ['{{declaration.interpreterName}}', 'Intérprete'],
          ],
        },
      ],
    },
    en: {
      title: 'Sworn Declaration',
      blocks: [
        {
          kind: 'parties',
          entries: [
            { label: 'In the Matter of:', value: '{{client.fullName}}' },
            { label: 'File No.:', value: '{{case.aNumber}}', when: 'case.aNumber' },
            { label: 'Case No.:', value: '{{case.caseNumber}}' },
          ],
        },
        { kind: 'title', text: 'DECLARATION OF {{client.fullName|upper}}' },
        {
          kind: 'paragraph',
          text: 'I, {{client.fullName}}, of {{client.nationality}} nationality, declare as follows:',
        },
        { kind: 'numbered', from: { path: 'declaration.statements', item: '{{item}}' } },
        {
          kind: 'paragraph',
          when: ['declaration.interpreterName', 'declaration.declarantLanguage'],
          text: 'This declaration was read back to me in {{declaration.declarantLanguage}} by {{declaration.interpreterName}}, and I understand its contents.',
        },
        {
          kind: 'paragraph',
          text: 'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct. Executed on {{today|date}}, at {{place}}.',
        },
        {
          kind: 'signature',
          signers: [
            ['{{client.fullName}}', 'Declarant'],
            ['{{declaration.interpreterName}}', 'Interpreter'],
          ],
        },
        {
          kind: 'section',
          text: 'CERTIFICATE OF INTERPRETATION',
          when: 'declaration.interpreterName',
        },
        {
          kind: 'paragraph',
          when: ['declaration.interpreterName', 'declaration.declarantLanguage'],
          text: 'I, {{declaration.interpreterName}}, certify that I am competent to interpret from English into {{declaration.declarantLanguage}}, and that I read this declaration in its entirety to the declarant in {{declaration.declarantLanguage}}, and that the declarant stated that the declarant understood it and that it is true.',
        },
      ],
    },
  },
};
