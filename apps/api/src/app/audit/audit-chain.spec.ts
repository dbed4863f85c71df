// The seal of an audit entry: stable for equal entries, broken by any change to any field.
import { auditEntryHash, canonicalAuditEntry } from './audit-chain';
import { auditCode } from './audit-details';
import type { AuditEntryRecord } from './audit-entry.model';

const entry: AuditEntryRecord = {
  id: '7b0c7f0e-5d1a-4c5e-9a51-1f0d3c2b4a10',
  organizationId: 'd3a10000-0000-4000-8000-000000000001',
  seq: 42,
  occurredAt: new Date('2026-11-23T11:00:00.123Z'),
  actorKind: 'user',
  actorUserId: '5f0c0000-0000-4000-8000-000000000003',
  actorEmailHash: null,
  action: 'record.read',
  outcome: 'success',
  recordType: 'client',
  recordId: '0c0c0c0c-0000-4000-8000-000000000001',
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0',
  requestId: 'req-12345678',
  details: { count: 3, flags: [true, false], code: auditCode('intake.form') },
  prevHash: 'a'.repeat(64),
};

describe('audit chain seal', () => {
  it('serializes the fields in a fixed order with a format tag and sorted detail keys', () => {
    expect(canonicalAuditEntry(entry)).toBe(
      '["amparo-audit-v1","7b0c7f0e-5d1a-4c5e-9a51-1f0d3c2b4a10","d3a10000-0000-4000-8000-000000000001",' +
        '"42","2026-11-23T11:00:00.123Z","user","5f0c0000-0000-4000-8000-000000000003",null,' +
        '"record.read","success","client","0c0c0c0c-0000-4000-8000-000000000001","203.0.113.7",' +
        '"Mozilla/5.0","req-12345678",{"code":"intake.form","count":3,"flags":[true,false]},' +
        `"${'a'.repeat(64)}"]`,
    );
  });

  it('is a SHA-256 hex digest that does not depend on the order details were written in', () => {
    const reordered = {
      ...entry,
      details: { flags: [true, false], code: auditCode('intake.form'), count: 3 },
    };
    expect(auditEntryHash(entry)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEntryHash(reordered)).toBe(auditEntryHash(entry));
  });

  it('changes when any field changes', () => {
    const changes: Partial<AuditEntryRecord>[] = [
      { id: '7b0c7f0e-5d1a-4c5e-9a51-1f0d3c2b4a11' },
      { organizationId: null },
      { seq: 43 },
      { occurredAt: new Date('2026-11-23T11:00:00.124Z') },
      { actorKind: 'anonymous' },
      { actorUserId: null },
      { actorEmailHash: 'x'.repeat(64) },
      { action: 'record.updated' },
      { outcome: 'denied' },
      { recordType: 'note' },
      { recordId: 'other' },
      { ip: '203.0.113.8' },
      { userAgent: 'curl/8' },
      { requestId: 'req-87654321' },
      { details: { count: 4, flags: [true, false], code: auditCode('intake.form') } },
      { prevHash: null },
    ];
    const hashes = changes.map((change) => auditEntryHash({ ...entry, ...change }));
    expect(new Set([...hashes, auditEntryHash(entry)]).size).toBe(changes.length + 1);
  });
});
