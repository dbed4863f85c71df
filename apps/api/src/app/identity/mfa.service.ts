// Second factor: TOTP (RFC 6238) through otplib, enrolled by QR code, each code accepted once,
// with single-use recovery codes for a lost phone. The secret never leaves the database unsealed.
import { Injectable, Logger } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';
import type { EntityManager } from 'typeorm';
import type { MfaEnrolmentResponse } from '@amparo/contracts';
import { InvalidInputError } from '@amparo/domain';
import { FieldCipher } from '../crypto/field.cipher';
import { FieldCryptoError } from '../crypto/field-crypto.errors';
import { TenantTransactions } from '../database/tenant-transactions';
import { UserEntity } from '../organizations/user.entity';
import { IdentityAudit } from './identity-audit';
import { invalidCredentials, mfaInvalid } from './identity.errors';
import { verifyPassword } from './password.hasher';
import type { Principal } from './principal';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { TOTP_SECRET_COLUMN } from './totp.secret-column';

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
  ) {}

  /** Starts enrolment (password asked again); the secret stays pending until a code confirms it. */
  async enrol(principal: Principal, password: string): Promise<MfaEnrolmentResponse> {
    const { manager } = this.transactions.current;
    const user = await this.userFor(manager, principal);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password)))
      throw invalidCredentials();
    const secret = authenticator.generateSecret(20);
    user.totpSecret = this.seal(user, secret);
    user.totpEnabledAt = null;
    user.totpLastStep = null;
    await manager.save(user);
    const otpauthUrl = authenticator.keyuri(user.email, 'Amparo', secret);
    return {
      otpauthUrl,
      qrCodeDataUrl: await toDataURL(otpauthUrl, { margin: 1, width: 240 }),
      secret,
    };
  }

  /** Confirms enrolment with a first code and returns fresh recovery codes, shown once. */
  async confirm(principal: Principal, code: string): Promise<string[]> {
    const { manager } = this.transactions.current;
    const user = await this.userFor(manager, principal);
    if (!user.totpSecret) {
      throw new InvalidInputError('MFA_NOT_STARTED', 'Start enrolment first: ask for a QR code');
    }
    this.acceptCode(user, code);
    user.totpEnabledAt = new Date();
    await manager.save(user);
    await this.audit.onUser('auth.mfa.enrolled', user.id);
    return this.replaceRecoveryCodes(manager, user);
  }

  async disable(principal: Principal, password: string, code: string): Promise<void> {
    const { manager } = this.transactions.current;
    const user = await this.userFor(manager, principal);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password)))
      throw invalidCredentials();
    this.acceptCode(user, code);
    user.totpSecret = null;
    user.totpEnabledAt = null;
    user.totpLastStep = null;
    await manager.save(user);
    await manager.delete(RecoveryCodeEntity, { userId: user.id });
    await this.audit.onUser('auth.mfa.disabled', user.id);
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

  /** Checks a code against the sealed secret; a time step already used is refused (replay). */
  private acceptCode(user: UserEntity, code: string): void {
    if (!user.totpSecret) throw mfaInvalid();
    const secret = this.openSecret(user, user.totpSecret);
    const delta = authenticator.checkDelta(code, secret);
    if (delta === null) throw mfaInvalid();
    const step = Math.floor(Date.now() / 1000 / STEP_SECONDS) + delta;
    if (user.totpLastStep !== null && step <= Number(user.totpLastStep)) throw mfaInvalid();
    user.totpLastStep = String(step);
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
  private openSecret(user: UserEntity, sealed: string): string {
    try {
      return this.cipher.decrypt(user.organizationId, TOTP_SECRET_COLUMN.name, sealed, {
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

  private seal(user: UserEntity, secret: string): string {
    return this.cipher.encrypt(user.organizationId, TOTP_SECRET_COLUMN.name, secret, {
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

/** `<key id>.<base64url digest>` → the digest bytes. */
function toBytes(index: string): Buffer {
  return Buffer.from(index.slice(index.lastIndexOf('.') + 1), 'base64url');
}

function randomCode(length: number): string {
  return Array.from({ length }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(
    '',
  );
}
