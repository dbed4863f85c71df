// Field encryption for every feature: the keyring (environment or embedded key file), the
// FieldCipher, the encrypted-column transformers, key rotation and the sealing of clear values.
import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/app-config.token';
import { ClearValueSealing } from './clear-value-sealing.service';
import { FieldCipher } from './field.cipher';
import { FieldEncryptionBinding } from './field-encryption.binding';
import { KeyRotation } from './key-rotation.service';
import { loadKeyring, type LoadedKeyring } from './keyring.loader';

/** Injection token for the LoadedKeyring (where the keys came from, and the keys). */
export const KEYRING = Symbol('Keyring');

@Global()
@Module({
  providers: [
    {
      provide: KEYRING,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => loadKeyring(config),
    },
    {
      provide: FieldCipher,
      inject: [KEYRING],
      useFactory: (loaded: LoadedKeyring) => new FieldCipher(loaded.keyring),
    },
    KeyRotation,
    ClearValueSealing,
    FieldEncryptionBinding,
  ],
  exports: [FieldCipher, KeyRotation, ClearValueSealing, KEYRING],
})
export class CryptoModule {}
