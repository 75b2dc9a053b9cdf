package uk.caseview.stubs.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import uk.caseview.sdk.auth.TokenVerifier;

/**
 * Signs the stub provider's tokens with a key made at start and held only in memory, so a token
 * from one stub server is worthless to the next. Refresh tokens and authorization codes are
 * random strings remembered here until used or expired.
 */
public final class TokenIssuer {

    public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(10);
    static final Duration REFRESH_LIFETIME = Duration.ofHours(10);
    static final Duration CODE_LIFETIME = Duration.ofMinutes(2);

    private final String issuer;
    private final Clock clock;
    private final ECKey key;
    private final ECDSASigner signer;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    /** What a refresh token or code stands for; a code also remembers its PKCE challenge and redirect. */
    record Grant(StaffAccount account, Instant expires, String codeChallenge, String redirectUri) {}

    public TokenIssuer(String issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
        try {
            // ES256, not RS256: cold, a 2048-bit RSA key and a first signature took 360-520 ms (a search
            // for primes), an EC P-256 key 106-121 ms, mostly class loading (decision 0700); one per start.
            this.key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate();
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make the stub's signing key", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The public half, as {@code /idp/jwks} serves it. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /** A verifier for this issuer's tokens, as the stub's request check uses. */
    public TokenVerifier verifier() {
        return new TokenVerifier(issuer, new ImmutableJWKSet<SecurityContext>(new JWKSet(key.toPublicJWK())));
    }

    /** A signed access token for this account, valid for the usual ten minutes. */
    public String accessToken(StaffAccount account) {
        return accessToken(account, ACCESS_LIFETIME);
    }

    /** A signed access token with another lifetime (negative for one already expired), for tests. */
    public String accessToken(StaffAccount account, Duration lifetime) {
        return sign(account, lifetime, TokenVerifier.AUDIENCE);
    }

    /** A correctly signed token for another audience: what a token stolen from another service looks like. */
    public String accessTokenForAudience(StaffAccount account, String audience) {
        return sign(account, ACCESS_LIFETIME, audience);
    }

    private String sign(StaffAccount account, Duration lifetime, String audience) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(account.username())
                .claim("name", account.name())
                .claim("roles", account.roles().stream().map(Enum::name).sorted().toList())
                .claim("env", TokenVerifier.TRAINING_ENV)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }

    public String refreshToken(StaffAccount account) {
        String token = randomString();
        refreshTokens.put(token, new Grant(account, clock.instant().plus(REFRESH_LIFETIME), null, null));
        return token;
    }

    /** The account a refresh token stands for; the token is used up (rotation), a new one comes with the answer. */
    public Optional<StaffAccount> redeemRefreshToken(String token) {
        return redeem(refreshTokens, token).map(Grant::account);
    }

    public String authorizationCode(StaffAccount account, String codeChallenge, String redirectUri) {
        String code = randomString();
        codes.put(code, new Grant(account, clock.instant().plus(CODE_LIFETIME), codeChallenge, redirectUri));
        return code;
    }

    /** A code is good once, before it expires; the caller checks the PKCE verifier and redirect. */
    Optional<Grant> redeemCode(String code) {
        return redeem(codes, code);
    }

    private Optional<Grant> redeem(Map<String, Grant> grants, String value) {
        if (value == null) {
            return Optional.empty();
        }
        Grant grant = grants.remove(value);
        if (grant == null || grant.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    private String randomString() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
