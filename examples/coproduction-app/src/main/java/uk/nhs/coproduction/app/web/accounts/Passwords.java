package uk.nhs.coproduction.app.web.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106), computed by Bouncy Castle's
 * {@link Argon2BytesGenerator}, stored in the PHC string form
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64), so the cost can be raised
 * later and old hashes still verify. The cost is OWASP's recommended minimum for Argon2id: 19 MiB
 * of memory, 2 passes, 1 lane; the salt is 16 random bytes, the hash 32 bytes.
 *
 * <p>This class is thread-safe.
 */
public final class Passwords {

    /** The shortest password accepted. */
    public static final int MINIMUM_LENGTH = 10;
    /** The longest password accepted (longer ones only cost time to hash). */
    public static final int MAXIMUM_LENGTH = 256;

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int LANES = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODE = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getDecoder();
    /** A hash of a random password, verified against when there is no account, so both take as long. */
    private static final String DECOY = hash(Tokens.newSecret());

    private Passwords() {
    }

    /** Why a new password cannot be used, or null if it can; never repeats the password. */
    public static @org.jspecify.annotations.Nullable String problemWith(String password) {
        if (password.length() < MINIMUM_LENGTH) {
            return "must be at least " + MINIMUM_LENGTH + " characters long";
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return "must be at most " + MAXIMUM_LENGTH + " characters long";
        }
        if (password.isBlank()) {
            return "must not be only spaces";
        }
        return null;
    }

    /** The PHC string of a new Argon2id hash of {@code password}, with a new random salt. */
    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, LANES, 32);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$" + ENCODE.encodeToString(salt)
                + "$" + ENCODE.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code encoded} was made from, compared in constant time;
     * false for a string that is not an Argon2id PHC string.
     */
    public static boolean verify(String password, String encoded) {
        Objects.requireNonNull(password, "password");
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        int memory;
        int iterations;
        int lanes;
        byte[] salt;
        byte[] expected;
        try {
            String[] cost = parts[3].split(",");
            memory = Integer.parseInt(cost[0].substring("m=".length()));
            iterations = Integer.parseInt(cost[1].substring("t=".length()));
            lanes = Integer.parseInt(cost[2].substring("p=".length()));
            salt = DECODE.decode(parts[4]);
            expected = DECODE.decode(parts[5]);
        } catch (RuntimeException e) {
            return false;
        }
        byte[] actual = argon2(password, salt, memory, iterations, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one verification and answers false: for a sign-in with an unknown id. */
    static boolean verifyDecoy(String password) {
        verify(password, DECOY);
        return false;
    }

    private static byte[] argon2(String password, byte[] salt, int memory, int iterations, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memory)
                .withIterations(iterations).withParallelism(lanes).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
