package dev.djakarta.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Django's default AUTH_PASSWORD_VALIDATORS: similarity to the username/email, minimum length, the 20,000 most
 * common passwords, and entirely numeric. {@link #validate} returns every problem, in Django's words.
 */
public final class PasswordValidation {
    private static volatile Set<String> common;
    private final int minimumLength;

    public PasswordValidation(int minimumLength) {
        this.minimumLength = minimumLength;
    }

    /** Problems with {@code password} for a user with these attributes (null ones are skipped); empty when fine. */
    public List<String> validate(String password, String username, String email) {
        List<String> problems = new ArrayList<>();
        String lower = password.toLowerCase(Locale.ROOT);
        for (String[] attr : new String[][] {{"username", username}, {"email address", email}}) {
            String value = attr[1];
            if (value == null || value.isEmpty()) {
                continue;
            }
            String v = value.toLowerCase(Locale.ROOT);
            List<String> parts = new ArrayList<>(List.of(v.split("\\W+")));
            parts.add(v);
            for (String part : parts) {
                if (part.length() >= 3 && similarity(lower, part) >= 0.7) {
                    problems.add("The password is too similar to the " + attr[0] + ".");
                    break;
                }
            }
        }
        if (password.length() < minimumLength) {
            problems.add("This password is too short. It must contain at least " + minimumLength + " characters.");
        }
        if (commonPasswords().contains(lower.strip())) {
            problems.add("This password is too common.");
        }
        if (!password.isEmpty() && password.chars().allMatch(Character::isDigit)) {
            problems.add("This password is entirely numeric.");
        }
        return problems;
    }

    /** Ratcliff/Obershelp similarity, as Python's SequenceMatcher.quick_ratio-free ratio() used by Django. */
    static double similarity(String a, String b) {
        int matches = matching(a, b);
        return 2.0 * matches / (a.length() + b.length());
    }

    private static int matching(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int bestLen = 0;
        int bestA = 0;
        int bestB = 0;
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    dp[i][j] = dp[i - 1][j - 1] + 1;
                    if (dp[i][j] > bestLen) {
                        bestLen = dp[i][j];
                        bestA = i - bestLen;
                        bestB = j - bestLen;
                    }
                }
            }
        }
        if (bestLen == 0) {
            return 0;
        }
        return bestLen + matching(a.substring(0, bestA), b.substring(0, bestB))
                + matching(a.substring(bestA + bestLen), b.substring(bestB + bestLen));
    }

    static Set<String> commonPasswords() {
        Set<String> set = common;
        if (set == null) {
            synchronized (PasswordValidation.class) {
                if (common == null) {
                    Set<String> loaded = new HashSet<>(40_000);
                    try (InputStream in = PasswordValidation.class.getResourceAsStream("/dev/djakarta/auth/common-passwords.txt.gz");
                         BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            loaded.add(line.strip());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the common passwords list", e);
                    }
                    common = Set.copyOf(loaded);
                }
                set = common;
            }
        }
        return set;
    }
}
