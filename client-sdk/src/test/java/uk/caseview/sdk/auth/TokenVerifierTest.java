package uk.caseview.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier takes the two signature algorithms Caseview meets (RS256 from organisation
 * providers, ES256 from the stub) and nothing else, whatever the token's header claims.
 */
class TokenVerifierTest {

    private static final String ISSUER = "https://idp.example.test";

    private static RSAKey rsa;
    private static ECKey ec;
    private static TokenVerifier verifier;

    @BeforeAll
    static void keys() throws JOSEException {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        verifier = new TokenVerifier(ISSUER,
                new ImmutableJWKSet<>(new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK()))));
    }

    @Test
    void anRs256TokenFromAnOrganisationProviderIsAccepted() throws Exception {
        AccessToken token = verifier.verify(signed(JWSAlgorithm.RS256, rsa.getKeyID(), new RSASSASigner(rsa)));
        assertThat(token.roles()).containsExactly(Role.FRONTLINE_AGENT);
    }

    @Test
    void anEs256TokenLikeTheStubsIsAccepted() throws Exception {
        AccessToken token = verifier.verify(signed(JWSAlgorithm.ES256, ec.getKeyID(), new ECDSASigner(ec)));
        assertThat(token.roles()).containsExactly(Role.FRONTLINE_AGENT);
    }

    @Test
    void aSharedSecretSignatureIsRefusedEvenUnderAKnownKeyId() throws Exception {
        // The classic confusion: HS256 "signed" with something the attacker can know.
        byte[] secret = new byte[32];
        String forged = signed(JWSAlgorithm.HS256, rsa.getKeyID(), new MACSigner(secret));
        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(claims()).serialize();
        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void anEs256SignatureUnderTheRsaKeysIdIsRefused() throws Exception {
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID(rsa.getKeyID()).generate();
        String forged = signed(JWSAlgorithm.ES256, rsa.getKeyID(), new ECDSASigner(stranger));
        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("signature");
    }

    private static String signed(JWSAlgorithm algorithm, String keyId, JWSSigner signer) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static JWTClaimsSet claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(TokenVerifier.AUDIENCE).subject("agent-1")
                .claim("roles", List.of("FRONTLINE_AGENT")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).build();
    }
}
