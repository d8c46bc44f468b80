package io.envoys.ingestion.meeting;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the meeting. In order: a definite day in the first meeting sentence that has one ("on Tuesday" = the most
 * recent Tuesday on or before publication, "yesterday", "today", "Nov. 7", "Dec. 13, 2016"; not the
 * dateline's date, nor a day that dates a journey ("returned from Washington on Thursday"); a sentence about a
 * future meeting is skipped, and so is one whose first time phrase is vague, so "met earlier this week, the ministry
 * said Friday" gives no day); else a full date in a
 * photo caption or a header line within two weeks before publication; else the dateline's date, unless the meeting
 * sentence is vague ("earlier this week", "last week", "recently"); else no date.
 */
public final class DateFinder {

    /** A date with the words it came from, {@code text[start, end)}. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH =
            "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?"
                    + "|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final Pattern DAY_EXPRESSION = Pattern.compile(
            "\\b(?<md>" + MONTH + " (?<d>\\d{1,2})(?:st|nd|rd|th)?(?:, (?<y>\\d{4}))?)\\b"
                    + "|\\b(?<dm>(?<d2>\\d{1,2}) " + MONTH + "(?: (?<y2>\\d{4}))?)\\b"
                    + "|\\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                    + "|\\b(?<rel>yesterday|today|this morning|this afternoon|tonight|last night)\\b");
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b" + MONTH + " \\d{1,2}, \\d{4}\\b|\\b\\d{1,2} " + MONTH + " \\d{4}\\b");
    private static final Pattern MOVEMENT = Pattern.compile(
            "\\b(?:returned|returns|arrived|arrives|left|leaves|departed|travelled|traveled|flew|landed|visited)"
                    + "\\b(?:\\W+\\w+){0,5}\\W*$");
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?:earlier|later) this (?:week|month)|\\brecently\\b|\\bthis week\\b|\\bin recent days\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:is|are) (?:scheduled|due|expected|set) to (?:meet|hold|host|visit)\\b|\\bwill (?:meet|hold|host|visit)\\b");

    private final String text;
    private final LocalDate published;

    /** Dates meetings in {@code text}, published on {@code published}. */
    public DateFinder(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    /** The meeting's date, or null when the article gives no anchor that fixes the day. */
    public Found find(Lead lead) {
        boolean vague = false;
        Lead.Dateline dateline = lead.dateline();
        int datelineEnd = dateline == null ? -1 : Math.max(dateline.cityEnd(), dateline.dateEnd());
        for (Lead.Span s : lead.meetingSentences()) {
            int from = Math.max(s.start(), datelineEnd);
            if (from >= s.end() || FUTURE.matcher(text).region(from, s.end()).find()) {
                continue;
            }
            Matcher v = VAGUE.matcher(text).region(from, s.end());
            Found f = firstDay(from, s.end());
            if (v.find() && (f == null || v.start() < f.start())) {
                vague = true;
                continue;
            }
            if (f != null) {
                return f;
            }
        }
        for (Lead.Span s : concat(lead)) {
            Matcher m = FULL_DATE.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                Found f = firstDay(m.start(), m.end());
                if (f != null && !f.date().isAfter(published) && f.date().isAfter(published.minusDays(15))) {
                    return f;
                }
            }
        }
        if (!vague && dateline != null && dateline.date() != null) {
            return firstDay(dateline.dateStart(), dateline.dateEnd());
        }
        return null;
    }

    private static List<Lead.Span> concat(Lead lead) {
        List<Lead.Span> all = new ArrayList<>(lead.captions());
        all.addAll(lead.headers());
        return all;
    }

    private Found firstDay(int start, int end) {
        Matcher m = DAY_EXPRESSION.matcher(text).region(start, end);
        while (m.find()) {
            LocalDate d = resolve(m);
            if (d != null && !MOVEMENT.matcher(text.substring(Math.max(start, m.start() - 60), m.start())).find()) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    private LocalDate resolve(Matcher m) {
        try {
            if (m.group("md") != null || m.group("dm") != null) {
                String words = m.group("md") != null ? m.group("md") : m.group("dm");
                String monthWord = words.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
                int month = MONTHS.get(monthWord.substring(0, 3));
                int day = Integer.parseInt(m.group("md") != null ? m.group("d") : m.group("d2"));
                String y = m.group("md") != null ? m.group("y") : m.group("y2");
                if (y != null) {
                    return LocalDate.of(Integer.parseInt(y), month, day);
                }
                LocalDate d = LocalDate.of(published.getYear(), month, day);
                return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
            }
            if (m.group("wd") != null) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
                return published.with(TemporalAdjusters.previousOrSame(dow));
            }
            String rel = m.group("rel");
            return rel.equals("yesterday") || rel.equals("last night") ? published.minusDays(1) : published;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
