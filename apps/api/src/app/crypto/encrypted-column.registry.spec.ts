// Encrypted columns declare themselves once, with identifiers safe to put in SQL, and the
// rotation report says plainly what happened without ever showing a value.
import { CLIENT_GENDER, CLIENT_VULNERABILITIES } from '../cases/sealed-columns';
import { RISK_ANSWERS, RISK_FINDINGS } from '../risk/risk-sealed-columns';
import { defineEncryptedColumn, encryptedColumns, quoted } from './encrypted-column.registry';
import { encryptedColumn } from './encrypted-column.transformer';
import { InvalidFieldContextError } from './field-crypto.errors';
import { formatRotationReport, KeyRotationIncompleteError } from './key-rotation.command';

describe('defineEncryptedColumn', () => {
  it('fills in the defaults and registers the column once', () => {
    const column = defineEncryptedColumn({ table: 'registry_spec', column: 'narrative' });
    expect(column).toEqual({
      table: 'registry_spec',
      column: 'narrative',
      idColumn: 'id',
      organizationColumn: 'organization_id',
      bindsRowId: false,
      blindIndexes: [],
      jsonPadding: 0,
      replacesClear: [],
      name: 'registry_spec.narrative',
    });
    expect(defineEncryptedColumn({ table: 'registry_spec', column: 'narrative' })).toBe(column);
    expect(encryptedColumns().filter((c) => c.name === 'registry_spec.narrative')).toHaveLength(1);
    expect(
      defineEncryptedColumn({ table: 'organizations', column: 'notes' }).organizationColumn,
    ).toBe('id');
  });

  it('refuses the same column with other settings, and identifiers unsafe in SQL', () => {
    defineEncryptedColumn({ table: 'registry_spec', column: 'phone' });
    expect(() =>
      defineEncryptedColumn({ table: 'registry_spec', column: 'phone', bindsRowId: true }),
    ).toThrow(/already registered/);
    for (const bad of ['Clients', 'clients; DROP TABLE users', 'a"b', ''])
      expect(() => defineEncryptedColumn({ table: bad, column: 'x' })).toThrow(
        InvalidFieldContextError,
      );
    expect(() =>
      defineEncryptedColumn({
        table: 'registry_spec',
        column: 'a_number',
        blindIndexes: [{ column: 'a_number_index', purpose: 'A Number' }],
      }),
    ).toThrow(/purpose/);
    expect(quoted('narrative')).toBe('"narrative"');
    expect(() => quoted('x"; --')).toThrow(InvalidFieldContextError);
  });

  it('takes the clear columns a sealed one replaces only for row-bound padded JSON', () => {
    const column = defineEncryptedColumn({
      table: 'registry_spec',
      column: 'findings_sealed',
      bindsRowId: true,
      jsonPadding: 1024,
      replacesClear: ['reasons', 'pathways'],
    });
    expect(column).toMatchObject({ jsonPadding: 1024, replacesClear: ['reasons', 'pathways'] });
    expect(encryptedColumns()).toContain(column);
    expect(() =>
      defineEncryptedColumn({
        table: 'registry_spec',
        column: 'unpadded',
        bindsRowId: true,
        replacesClear: ['gender'],
      }),
    ).toThrow(/padded JSON bound to its row/);
    expect(() =>
      defineEncryptedColumn({
        table: 'registry_spec',
        column: 'unbound',
        jsonPadding: 64,
        replacesClear: ['gender'],
      }),
    ).toThrow(/padded JSON bound to its row/);
    expect(() =>
      defineEncryptedColumn({
        table: 'registry_spec',
        column: 'injected',
        bindsRowId: true,
        jsonPadding: 64,
        replacesClear: ["gender', now()) --"],
      }),
    ).toThrow(InvalidFieldContextError);
    expect(() =>
      defineEncryptedColumn({ table: 'registry_spec', column: 'odd', jsonPadding: 1.5 }),
    ).toThrow(/jsonPadding/);
  });

  it('registers the sealed categories of issue 15 for rotation and clear-value sealing', () => {
    const byName = new Map(encryptedColumns().map((column) => [column.name, column]));
    expect(byName.get(CLIENT_GENDER.name)).toMatchObject({
      bindsRowId: true,
      replacesClear: ['gender'],
    });
    expect(byName.get(CLIENT_VULNERABILITIES.name)).toMatchObject({
      replacesClear: ['vulnerabilities'],
    });
    expect(byName.get(RISK_ANSWERS.name)).toMatchObject({ replacesClear: ['answers'] });
    expect(byName.get(RISK_FINDINGS.name)).toMatchObject({
      replacesClear: ['reasons', 'pathways', 'urgency', 'advisories'],
    });
  });

  it('keeps row-bound columns away from the transformer, which cannot know the row', () => {
    const rowBound = defineEncryptedColumn({
      table: 'registry_spec',
      column: 'totp',
      bindsRowId: true,
    });
    expect(() => encryptedColumn(rowBound)).toThrow(/FieldCipher with \{ rowId \}/);
  });
});

describe('formatRotationReport', () => {
  const report = {
    activeKeyId: 'k2',
    organizations: 2,
    columns: [{ column: 'clients.narrative', reencrypted: 3, current: 7, failed: 0 }],
    failures: [],
  };

  it('summarizes a complete rotation', () => {
    expect(formatRotationReport(report)).toBe(
      [
        'Active key: k2; 2 organization(s)',
        'clients.narrative: 3 re-encrypted, 7 under the active key, 0 failed',
        'Done: every encrypted value is under key k2',
      ].join('\n'),
    );
  });

  it('says how many rows of a column replacing clear ones it sealed', () => {
    expect(
      formatRotationReport({
        ...report,
        columns: [
          {
            column: 'clients.gender_sealed',
            sealedFromClear: 4,
            reencrypted: 1,
            current: 9,
            failed: 0,
          },
        ],
      }).split('\n')[1],
    ).toBe(
      'clients.gender_sealed: 4 sealed from clear columns, 1 re-encrypted, 9 under the active key, 0 failed',
    );
  });

  it('fails (non-zero exit) naming the rows it could not open', () => {
    const failed = {
      ...report,
      columns: [{ ...report.columns[0], failed: 1 }],
      failures: [
        {
          column: 'clients.narrative',
          organizationId: 'aaaaaaaa-0000-4000-8000-00000000000a',
          rowId: 'r1',
          reason: 'UnknownKeyError',
        },
      ],
    };
    expect(() => formatRotationReport(failed)).toThrow(KeyRotationIncompleteError);
    expect(() => formatRotationReport(failed)).toThrow(
      /1 value\(s\) could not be opened.*clients\.narrative organization aaaaaaaa-0000-4000-8000-00000000000a row r1: UnknownKeyError/s,
    );
  });
});
