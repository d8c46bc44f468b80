package io.envoys.ingestion.speaker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares personal names as written: order-insensitive, without initials or middle names, hyphens ignored
 * ("Jong-un" = "Jong Un" joined), one-letter slips forgiven in words of four letters or more ("Funakosi", see {@link #close}).
 */
public final class NameKeys {

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameKeys() {
    }

    /** Lower-case keys of a written name: initials dropped, dots, hyphens and apostrophes removed. */
    public static List<String> of(String written) {
        List<String> out = new ArrayList<>();
        for (String token : written.trim().split("\\s+")) {
            String t = token.replace(".", "");
            if (t.length() <= 1) {
                continue;
            }
            out.add(t.toLowerCase(Locale.ROOT).replace("-", "").replace("'", "").replace("’", ""));
        }
        return out;
    }

    /** True when two key lists name the same person (see the class comment). */
    public static boolean same(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (new HashSet<>(a).equals(new HashSet<>(b))) {
            return true;
        }
        String ja = String.join("", a);
        if (ja.equals(String.join("", b)) || ja.equals(reversedJoin(b))) {
            return true;
        }
        List<String> small = a.size() <= b.size() ? a : b;
        List<String> large = small == a ? b : a;
        if (small.size() >= 2 && small.size() < large.size() && large.containsAll(small)) {
            return true;
        }
        return a.size() == b.size() && a.size() >= 2 && nearlySame(a, b);
    }

    /** True when a single written key matches one of {@code keys} exactly or by one slip. */
    public static boolean matchesOne(String key, List<String> keys) {
        for (String k : keys) {
            if (k.equals(key) || close(k, key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the two keys are equal, or both at least four letters long and one edit apart, or both at least five
     * letters long with a Jaro-Winkler similarity of 0.95 or more (two letters swapped: "Wieming").
     */
    public static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4) {
            return false;
        }
        return ONE_EDIT.apply(a, b) >= 0
                || a.length() >= 5 && b.length() >= 5 && JARO_WINKLER.apply(a, b) >= 0.95;
    }

    private static boolean nearlySame(List<String> a, List<String> b) {
        int exact = 0;
        List<String> rest = new ArrayList<>(b);
        for (String k : a) {
            if (rest.remove(k)) {
                exact++;
            }
        }
        if (exact == 0) {
            return false;
        }
        List<String> left = new ArrayList<>(a);
        for (String k : b) {
            left.remove(k);
        }
        for (String k : left) {
            String partner = rest.stream().filter(r -> close(r, k)).findFirst().orElse(null);
            if (partner == null) {
                return false;
            }
            rest.remove(partner);
        }
        return true;
    }

    private static String reversedJoin(List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = keys.size() - 1; i >= 0; i--) {
            sb.append(keys.get(i));
        }
        return sb.toString();
    }
}
