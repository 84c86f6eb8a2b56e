package dev.djakarta.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.conf.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void pbkdf2MatchesDjangosPublishedTestVectors() {
        Pbkdf2Sha256Hasher hasher = new Pbkdf2Sha256Hasher(720_000);
        // Django 5.0's and 5.1-6.0's test_pbkdf2 expectations for make_password("lètmein", "seasalt")
        assertThat(hasher.encode("lètmein", "seasalt", 720_000))
                .isEqualTo("pbkdf2_sha256$720000$seasalt$eDupbcisD1UuIiou3hMuMu8oe/XwnpDw45r6AA5iv0E=");
        assertThat(hasher.verify("lètmein", "pbkdf2_sha256$1200000$seasalt$6sTlFi4QohxXLuZigqDIUNX8xG9NxrTmV8+flFQdBqE=")).isTrue();
        assertThat(hasher.verify("lètmeinz", "pbkdf2_sha256$720000$seasalt$eDupbcisD1UuIiou3hMuMu8oe/XwnpDw45r6AA5iv0E=")).isFalse();
    }

    @Test
    void pbkdf2RoundTripsAndAsksForRehashWhenIterationsChange() {
        Pbkdf2Sha256Hasher low = new Pbkdf2Sha256Hasher(1000);
        String encoded = low.encode("s3cret!");
        assertThat(encoded).matches("pbkdf2_sha256\\$1000\\$[A-Za-z0-9]{22}\\$[A-Za-z0-9+/=]{44}");
        assertThat(low.verify("s3cret!", encoded)).isTrue();
        assertThat(low.verify("s3cret?", encoded)).isFalse();
        assertThat(low.encode("s3cret!")).isNotEqualTo(encoded);
        assertThat(low.mustUpdate(encoded)).isFalse();
        assertThat(new Pbkdf2Sha256Hasher(2000).mustUpdate(encoded)).isTrue();
        assertThat(new Pbkdf2Sha256Hasher(1).encode("", "salt", 1)).startsWith("pbkdf2_sha256$1$salt$");
    }

    @Test
    void argon2idRoundTripsInDjangosFormat() {
        Argon2Hasher hasher = new Argon2Hasher(1024, 1, 1);
        String encoded = hasher.encode("correct horse");
        assertThat(encoded).startsWith("argon2$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.verify("correct horse", encoded)).isTrue();
        assertThat(hasher.verify("wrong horse", encoded)).isFalse();
        assertThat(new Argon2Hasher().mustUpdate(encoded)).isTrue();
        assertThat(hasher.verify("x", "argon2$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA")).isFalse();
    }

    @Test
    void passwordsUseTheFirstHasherAndAcceptTheOthers() {
        Passwords p = Passwords.from(Settings.of(Map.of("PASSWORD_HASHERS", "pbkdf2_sha256,argon2", "PASSWORD_HASH_ITERATIONS", "1000")));
        String pbkdf2 = p.make("pw");
        assertThat(pbkdf2).startsWith("pbkdf2_sha256$1000$");
        assertThat(p.check("pw", pbkdf2)).isTrue();
        String argon = new Argon2Hasher(1024, 1, 1).encode("pw");
        assertThat(p.check("pw", argon)).isTrue();
        assertThat(p.mustUpdate(argon)).isTrue();
        assertThat(p.check("pw", "md5$x$y")).isFalse();
        assertThat(p.check("pw", Passwords.unusable())).isFalse();
        assertThat(p.check(null, pbkdf2)).isFalse();
        assertThatThrownBy(() -> Passwords.from(Settings.of(Map.of("PASSWORD_HASHERS", "md5"))))
                .hasMessageContaining("PASSWORD_HASHERS").hasMessageContaining("unknown hasher 'md5'");
    }

    @Test
    void validatorsSpeakDjango() {
        PasswordValidation v = new PasswordValidation(8);
        assertThat(v.validate("password", "ann", null)).containsExactly("This password is too common.");
        assertThat(v.validate("12345", null, null)).contains("This password is too short. It must contain at least 8 characters.",
                "This password is too common.", "This password is entirely numeric.");
        assertThat(v.validate("annabelle1", "annabelle", "ann@example.com")).contains("The password is too similar to the username.");
        assertThat(v.validate("correct-horse-battery", "ann", "ann@example.com")).isEmpty();
        assertThat(List.of(PasswordValidation.commonPasswords().size())).allMatch(n -> n > 15_000);
    }
}
