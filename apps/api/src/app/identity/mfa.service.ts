// Second factor: TOTP (RFC 6238) through otplib, enrolled by QR code, each code accepted once,
// with single-use recovery codes for a lost phone. The secret never leaves the database unsealed.
import { Injectable, Logger } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { MfaDisableDto, MfaEnrolDto, MfaEnrolmentResponse } from '@amparo/contracts';
import { InvalidInputError } from '@amparo/domain';
import { FieldCipher } from '../crypto/field.cipher';
import { FieldCryptoError } from '../crypto/field-crypto.errors';
import { TenantTransactions } from '../database/tenant-transactions';
import { UserEntity } from '../organizations/user.entity';
import { IdentityAudit } from './identity-audit';
import { invalidCredentials, mfaCodeMissing, mfaInvalid } from './identity.errors';
import { PasswordRecheck } from './password-recheck.service';
import type { Principal } from './principal';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { TOTP_PENDING_SECRET_COLUMN, TOTP_SECRET_COLUMN } from './totp.secret-column';
import type { ClientContext } from './sessions.service';

const STEP_SECONDS = 30;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
authenticator.options = { step: STEP_SECONDS, window: 1 };

@Injectable()
export class MfaService {
  private readonly logger = new Logger(MfaService.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly audit: IdentityAudit,
    private readonly recheck: PasswordRecheck,
  ) {}

  /**
   * Starts enrolment, or the replacement of a working authenticator: the password again and, if
   * MFA is on, a current code or a recovery code (a session and a password alone must not be
   * enough to take over the second factor). The new secret waits until a code confirms it; the
   * working one keeps working meanwhile.
   */
  async enrol(
    principal: Principal,
    input: MfaEnrolDto,
    client: ClientContext,
  ): Promise<MfaEnrolmentResponse> {
    return this.recheck.run(
      principal,
      client,
      'mfa_enrol',
      input.password,
      async (manager, user) => {
        const replacing = user.totpEnabledAt !== null;
        if (replacing) await this.verifySecondFactor(manager, user, secondFactorOf(input));
        const secret = authenticator.generateSecret(20);
        user.totpPendingSecret = this.seal(user, TOTP_PENDING_SECRET_COLUMN.name, secret);
        await manager.save(user);
        const otpauthUrl = authenticator.keyuri(user.email, 'Amparo', secret);
        return {
          otpauthUrl,
          qrCodeDataUrl: await toDataURL(otpauthUrl, { margin: 1, width: 240 }),
          secret,
          replacing,
        };
      },
    );
  }

  /**
   * Confirms the waiting secret with a first code from it: it becomes the working one (replacing
   * any other) and fresh recovery codes are returned, shown once.
   */
  async confirm(principal: Principal, code: string): Promise<string[]> {
    const { manager } = this.transactions.current;
    const user = await this.userFor(manager, principal);
    const pending = this.pendingSecret(user);
    if (!pending) {
      throw new InvalidInputError('MFA_NOT_STARTED', 'Start enrolment first: ask for a QR code');
    }
    // A new secret has no code accepted yet: the working one's last step does not apply to it.
    const step = acceptedStep(code, pending, null);
    user.totpSecret = this.seal(user, TOTP_SECRET_COLUMN.name, pending);
    user.totpPendingSecret = null;
    user.totpEnabledAt = new Date();
    user.totpLastStep = String(step);
    await manager.save(user);
    await this.audit.onUser('auth.mfa.enrolled', user.id);
    return this.replaceRecoveryCodes(manager, user);
  }

  /** Turns MFA off: the password again and a current code or a recovery code. */
  async disable(principal: Principal, input: MfaDisableDto, client: ClientContext): Promise<void> {
    await this.recheck.run(
      principal,
      client,
      'mfa_disable',
      input.password,
      async (manager, user) => {
        await this.verifySecondFactor(manager, user, secondFactorOf(input));
        user.totpSecret = null;
        user.totpPendingSecret = null;
        user.totpEnabledAt = null;
        user.totpLastStep = null;
        await manager.save(user);
        await manager.delete(RecoveryCodeEntity, { userId: user.id });
        await this.audit.onUser('auth.mfa.disabled', user.id);
      },
    );
  }

  /** At sign-in: a 6-digit code (never one already used) or an unused recovery code. */
  async verifySecondFactor(
    manager: EntityManager,
    user: UserEntity,
    proof: { otp?: string; recoveryCode?: string },
  ): Promise<void> {
    if (proof.otp) {
      this.acceptCode(user, proof.otp);
      await manager.save(user);
      return;
    }
    if (proof.recoveryCode) {
      // Any key of the keyring: codes issued before a key rotation keep working.
      const hashes = this.recoveryHashes(user, proof.recoveryCode);
      const result = await manager
        .createQueryBuilder()
        .update(RecoveryCodeEntity)
        .set({ usedAt: new Date() })
        .where('user_id = :userId AND code_hash IN (:...hashes) AND used_at IS NULL', {
          userId: user.id,
          hashes,
        })
        .execute();
      if (result.affected === 1) return;
    }
    throw mfaInvalid();
  }

  /** Checks a code against the working secret; a time step already used is refused (replay). */
  private acceptCode(user: UserEntity, code: string): void {
    if (!user.totpSecret || !user.totpEnabledAt) throw mfaInvalid();
    const secret = this.openSecret(user, TOTP_SECRET_COLUMN.name, user.totpSecret);
    user.totpLastStep = String(acceptedStep(code, secret, user.totpLastStep));
  }

  /**
   * The secret waiting for confirmation. Before replacements had a column of their own, a first
   * enrolment waited in totp_secret (with totp_enabled_at still null); such a one still counts.
   */
  private pendingSecret(user: UserEntity): string | null {
    if (user.totpPendingSecret)
      return this.openSecret(user, TOTP_PENDING_SECRET_COLUMN.name, user.totpPendingSecret);
    if (user.totpSecret && !user.totpEnabledAt)
      return this.openSecret(user, TOTP_SECRET_COLUMN.name, user.totpSecret);
    return null;
  }

  private async replaceRecoveryCodes(manager: EntityManager, user: UserEntity): Promise<string[]> {
    await manager.delete(RecoveryCodeEntity, { userId: user.id });
    const codes = Array.from({ length: RECOVERY_CODES }, () => `${randomCode(5)}-${randomCode(5)}`);
    await manager.insert(
      RecoveryCodeEntity,
      codes.map((code) => ({
        organizationId: user.organizationId,
        userId: user.id,
        codeHash: this.recoveryHash(user, code),
      })),
    );
    return codes;
  }

  /** A keyed hash (the server's key): a stolen table alone does not allow guessing the codes. */
  private recoveryHash(user: UserEntity, code: string): Buffer {
    return toBytes(
      this.cipher.blindIndex(user.organizationId, 'mfa-recovery', `${user.id}:${code}`),
    );
  }

  private recoveryHashes(user: UserEntity, code: string): Buffer[] {
    return this.cipher
      .blindIndexCandidates(user.organizationId, 'mfa-recovery', `${user.id}:${code}`)
      .map(toBytes);
  }

  /** A secret that does not open for this user was tampered with: refuse the code, log loudly. */
  private openSecret(user: UserEntity, column: string, sealed: string): string {
    try {
      return this.cipher.decrypt(user.organizationId, column, sealed, {
        rowId: user.id,
      });
    } catch (error) {
      if (!(error instanceof FieldCryptoError)) throw error;
      this.logger.error(
        { userId: user.id, reason: error.name },
        'TOTP secret does not open: possible tampering',
      );
      throw mfaInvalid();
    }
  }

  private seal(user: UserEntity, column: string, secret: string): string {
    return this.cipher.encrypt(user.organizationId, column, secret, {
      rowId: user.id,
    });
  }

  private async userFor(manager: EntityManager, principal: Principal): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id: principal.userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) throw invalidCredentials();
    return user;
  }
}

/** The time step of a valid code, refused if it is not after `lastStep` (replay). */
function acceptedStep(code: string, secret: string, lastStep: string | null): number {
  const delta = authenticator.checkDelta(code, secret);
  if (delta === null) throw mfaInvalid();
  const step = Math.floor(Date.now() / 1000 / STEP_SECONDS) + delta;
  if (lastStep !== null && step <= Number(lastStep)) throw mfaInvalid();
  return step;
}

/** The second factor typed to confirm a change: a code, or a recovery code; one is required. */
function secondFactorOf(input: { code?: string; recoveryCode?: string }): {
  otp?: string;
  recoveryCode?: string;
} {
  if (!input.code && !input.recoveryCode) throw mfaCodeMissing();
  return { otp: input.code, recoveryCode: input.recoveryCode };
}

/** `<key id>.<base64url digest>` → the digest bytes. */
function toBytes(index: string): Buffer {
  return Buffer.from(index.slice(index.lastIndexOf('.') + 1), 'base64url');
}

function randomCode(length: number): string {
  return Array.from({ length }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(
    '',
  );
}
