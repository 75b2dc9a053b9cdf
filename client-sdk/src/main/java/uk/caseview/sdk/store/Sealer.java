package uk.caseview.sdk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** Encrypts and decrypts other stored records (the outbox's) with the store's keys. */
public final class Sealer {

    private final StoreKeys keys;

    Sealer(StoreKeys keys) {
        this.keys = keys;
    }

    public byte[] seal(byte[] plaintext, String context) throws GeneralSecurityException {
        return keys.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] open(byte[] ciphertext, String context) throws GeneralSecurityException {
        return keys.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
    }

    /** False while a store bound to people has nobody signed in: every other call would fail. */
    public boolean isUnlocked() {
        return keys.isUnlocked();
    }

    /** An opaque, stable stand-in for a NINO, for grouping rows by customer without storing it. */
    public String lookup(String nino) throws GeneralSecurityException {
        return keys.lookup(nino);
    }
}
