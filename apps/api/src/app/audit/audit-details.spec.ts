// What an audit entry may carry besides who/what/which: ids, codes, counts and flags only.
import { auditCode, auditDigest, auditId, checkAuditDetails } from './audit-details';
import { AuditEntryRejectedError } from './audit.errors';
import { normalizeIp, normalizeUserAgent } from './audit-actor';

describe('audit details', () => {
  it('accepts ids, codes, whole numbers, flags and short lists of them', () => {
    const details = {
      caseId: auditId('0C0C0C0C-0000-4000-8000-000000000001'),
      reason: auditCode('wrong_password'),
      procedure: auditCode('pe.pasee'),
      permission: auditCode('filings.mark-filed'),
      attempts: 3,
      mfa: true,
      fields: [auditCode('custody_status'), auditCode('stage')],
    };
    expect(checkAuditDetails(details)).toEqual({
      ...details,
      caseId: '0c0c0c0c-0000-4000-8000-000000000001',
    });
    expect(checkAuditDetails(undefined)).toEqual({});
  });

  it.each([
    ['free text', { reason: 'she fears the gang in her town' }],
    ['an e-mail', { actor: 'maria@example.org' }],
    ['a phone number', { contact: '51999888777' }],
    ['an A-number', { ref: 'a123456789' }],
    ['a date', { when: '2026-11-23' }],
    ['a name in upper case', { who: 'María' }],
    ['a fraction', { score: 0.5 }],
    ['a nested object', { nested: { count: 1 } }],
    ['null', { value: null }],
    ['a key naming a person', { clientName: 'x' }],
    ['a key naming a note', { noteText: 'x' }],
    ['a key naming a secret', { otp: 123456 }],
    ['a key that is not an identifier', { 'first name': 1 }],
    ['too many values', { ids: Array.from({ length: 51 }, () => 1) }],
  ])('refuses %s', (_what, details) => {
    expect(() => checkAuditDetails(details)).toThrow(AuditEntryRejectedError);
  });

  it('refuses to make codes or ids out of personal data, without echoing it', () => {
    expect(() => auditCode('María López')).toThrow(/<11 characters> is not a code/);
    expect(() => auditCode('12345678')).toThrow(AuditEntryRejectedError);
    expect(() => auditId('A-123456789')).toThrow(AuditEntryRejectedError);
    try {
      auditCode('maria@example.org');
    } catch (error) {
      expect(String(error)).not.toContain('maria');
    }
  });

  it('takes a keyed hash of searched terms as a digest, and nothing shaped otherwise', () => {
    const digest = `test-2026.${'a1B2_-'.repeat(7)}x`;
    expect(checkAuditDetails({ terms: auditDigest(digest) })).toEqual({ terms: digest });
    expect(() => auditDigest('A123456789')).toThrow(/<10 characters> is not a digest/);
    expect(() => auditDigest(`test-2026.${'a'.repeat(42)}`)).toThrow(AuditEntryRejectedError);
    expect(() => checkAuditDetails({ terms: 'María 1991-07-23' })).toThrow(AuditEntryRejectedError);
  });

  it('stores IPv4 seen through IPv6 as IPv4, and only addresses', () => {
    expect(normalizeIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeIp('2001:db8::1')).toBe('2001:db8::1');
    expect(normalizeIp('not-an-ip')).toBeNull();
    expect(normalizeIp(undefined)).toBeNull();
  });

  it('keeps user agents printable and short', () => {
    expect(normalizeUserAgent('curl/8.0\r\nX-Injected: 1')).toBe('curl/8.0X-Injected: 1');
    expect(normalizeUserAgent('a'.repeat(1000))).toHaveLength(256);
    expect(normalizeUserAgent(' \u0000 ')).toBeNull();
  });
});
