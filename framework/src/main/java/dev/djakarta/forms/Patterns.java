package dev.djakarta.forms;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * Django's email, URL and slug validators, ported as regular expressions compiled once when the class loads.
 */
final class Patterns {
    private static final String UL = "\\u00a1-\\uffff";
    private static final String IPV4 = "(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)"
            + "(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}";
    private static final String IPV6 = "\\[[0-9a-f:.]+\\]";
    private static final String HOSTNAME = "[a-z" + UL + "0-9](?:[a-z" + UL + "0-9-]{0,61}[a-z" + UL + "0-9])?";
    private static final String DOMAIN = "(?:\\.(?!-)[a-z" + UL + "0-9-]{1,63}(?<!-))*";
    private static final String TLD = "\\.(?!-)(?:[a-z" + UL + "-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?";
    private static final String HOST = "(" + HOSTNAME + DOMAIN + TLD + "|localhost)";

    private static final Pattern URL = Pattern.compile("^(?:[a-z0-9.+-]*)://"
            + "(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
            + "(?:" + IPV4 + "|" + IPV6 + "|" + HOST + ")"
            + "(?::[0-9]{1,5})?"
            + "(?:[/?#][^\\s]*)?\\z", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] URL_SCHEMES = {"http://", "https://", "ftp://", "ftps://"};

    private static final Pattern EMAIL_USER = Pattern.compile(
            "(^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\\z"
                    + "|^\"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\"\\z)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL_LITERAL = Pattern.compile("\\[(" + IPV4 + "|[0-9a-f:.]+)\\]\\z", Pattern.CASE_INSENSITIVE);

    private static final Pattern SLUG = Pattern.compile("[-a-zA-Z0-9_]+");

    private Patterns() {
    }

    /** Django's EmailValidator: a dot-atom or quoted local part, and a domain, {@code localhost} or an address literal. */
    static boolean isEmail(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || value.length() > 320) {
            return false;
        }
        String user = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (!EMAIL_USER.matcher(user).find()) {
            return false;
        }
        if (domain.equals("localhost") || EMAIL_LITERAL.matcher(domain).matches()) {
            return true;
        }
        try {
            return EMAIL_DOMAIN.matcher(IDN.toASCII(domain)).matches();
        } catch (IllegalArgumentException notAnIdn) {
            return false;
        }
    }

    /** Django's URLValidator with its default schemes (http, https, ftp, ftps). */
    static boolean isUrl(String value) {
        String lower = value.length() > 8 ? value.substring(0, 8).toLowerCase(java.util.Locale.ROOT) : value.toLowerCase(java.util.Locale.ROOT);
        boolean scheme = false;
        for (String s : URL_SCHEMES) {
            scheme |= lower.startsWith(s);
        }
        return scheme && value.length() <= 2048 && URL.matcher(value).matches();
    }

    static boolean isSlug(String value) {
        return SLUG.matcher(value).matches();
    }
}
