package uk.caseview.sdk.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an access token the way both sides of Caseview must (decision 0700): an RS256 or ES256
 * signature (and no other algorithm) by a key of the provider's JWKS, the expected issuer, the
 * {@value #AUDIENCE} audience, an expiry in the future, and the claims the roles come from.
 * Organisation providers commonly sign RS256; the stub signs ES256, whose key is far quicker to
 * make at each start (decision 0700). The stub server checks every request with
 * one of these; the client checks every token it is given before it trusts the roles in it.
 */
public final class TokenVerifier {

    /** The audience every Caseview access token is issued for. */
    public static final String AUDIENCE = "caseview-api";
    /** The {@code env} claim value of tokens from the stub's (training) identity provider. */
    public static final String TRAINING_ENV = "TRAINING";

    /** The signature algorithms accepted; a token naming any other is rejected before its key is looked up. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenVerifier(String issuer, JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(AUDIENCE,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat", "roles")));
    }

    /**
     * @return the token's claims, once every check has passed
     * @throws TokenRejectedException with a message for the member of staff saying which check failed
     */
    public AccessToken verify(String encoded) throws TokenRejectedException {
        if (encoded == null || encoded.isBlank()) {
            throw new TokenRejectedException("You are not signed in.");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(encoded, null);
        } catch (ParseException e) {
            throw new TokenRejectedException("The sign-in token could not be read. Sign in again.");
        } catch (BadJWTException e) {
            throw new TokenRejectedException(claimProblem(e.getMessage()));
        } catch (BadJOSEException e) {
            throw new TokenRejectedException("The sign-in token's signature is not the identity provider's. Sign in again.");
        } catch (JOSEException e) {
            throw new TokenRejectedException("The sign-in token could not be checked. Sign in again.", e);
        }
        try {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            List<String> claimed = claims.getStringListClaim("roles");
            if (claimed != null) {
                claimed.forEach(value -> Role.fromClaim(value).ifPresent(roles::add));
            }
            String name = claims.getStringClaim("name");
            return new AccessToken(encoded, claims.getSubject(), name == null ? claims.getSubject() : name, roles,
                    claims.getExpirationTime().toInstant(), TRAINING_ENV.equals(claims.getStringClaim("env")));
        } catch (ParseException e) {
            throw new TokenRejectedException("The sign-in token's roles could not be read. Sign in again.");
        }
    }

    /** Nimbus says which claim failed in English meant for developers; say it for staff. */
    private static String claimProblem(String detail) {
        String d = detail == null ? "" : detail.toLowerCase(java.util.Locale.ROOT);
        if (d.contains("expired")) {
            return "Your sign-in has expired. Sign in again.";
        }
        if (d.contains("missing")) {
            return "The sign-in token is incomplete. Sign in again.";
        }
        if (d.contains("aud")) {
            return "The sign-in token was not issued for Caseview. Sign in again.";
        }
        if (d.contains("iss claim") || d.contains("issuer")) {
            return "The sign-in token comes from an identity provider Caseview does not use. Sign in again.";
        }
        return "The sign-in token is incomplete. Sign in again.";
    }
}
