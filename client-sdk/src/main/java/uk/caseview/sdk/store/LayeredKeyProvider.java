package uk.caseview.sdk.store;

import com.google.crypto.tink.Aead;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Both keys are needed: the person's (released by the service at sign-in) inside, the machine's
 * (from the deployment, e.g. CASEVIEW_STORE_KEY) outside. A copy of the disk then needs the
 * person's sign-in and the machine's key, and a person's key alone opens nothing elsewhere.
 */
final class LayeredKeyProvider implements KeyProvider {

    private final KeyProvider machine;
    private final KeyProvider person;

    LayeredKeyProvider(KeyProvider machine, KeyProvider person) {
        this.machine = machine;
        this.person = person;
    }

    @Override
    public Aead keyEncryptionKey(Path dataDirectory) throws GeneralSecurityException {
        Aead outer = machine.keyEncryptionKey(dataDirectory);
        Aead inner = person.keyEncryptionKey(dataDirectory);
        return new Aead() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
                return outer.encrypt(inner.encrypt(plaintext, associatedData), associatedData);
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
                return inner.decrypt(outer.decrypt(ciphertext, associatedData), associatedData);
            }
        };
    }
}
