package io.envoys.ingestion.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.envoys.ingestion.lexicon.Gazetteer;

/**
 * Places the meeting. The city: the first city or capital after "in", "on", "at" (or "island of", "at Seoul's", "at a
 * Tokyo hotel") in the first three meeting sentences, where "here" means the dateline city and "the Chinese capital"
 * Beijing; else the dateline city; else the capital of an institution the meeting is held at ("at the State
 * Department"); else a city in a photo caption or header line; else
 * the dateline city. The host: the country of a delegation's embassy or ambassador's residence when the meeting is
 * held there ("at the South Korean ambassador's residence in Tokyo"), else the city's country. The venue: the first
 * "at …" phrase of a meeting sentence that names a place and is not part of a person's title ("special representative
 * … at the ministry, held talks … at a hotel in Seoul": a hotel).
 */
public final class PlaceFinder {

    /** Words with their offsets, {@code text[start, end)}. */
    public record Found(String value, int start, int end) {
    }

    /** The meeting's city, venue and host country, each null when not found. */
    public record Place(Found city, Found venue, Found host) {
    }

    private static final Pattern LOCATIVE = Pattern.compile(
            "(?:\\b(?:in|on|at|of)|\\bisland of)(?: (?:central|downtown|southern|northern|eastern|western|the|a|an|"
                    + "southern island of|island of|resort island of))* $");
    private static final int LEAD_SENTENCES = 3;
    private static final Pattern NATIONAL_CAPITAL = Pattern.compile("\\b(?:the|its) ([A-Z][\\p{L}.]+) capital\\b");
    private static final Pattern HERE = Pattern.compile("\\bhere\\b");
    private static final Pattern EMBASSY = Pattern.compile(
            "\\bat (?:the |a |an )?(?:[\\p{L}.'’\\-]+ ){0,4}?(?:[Ee]mbassy|ambassador['’]s (?:official )?residence"
                    + "|official residence|residence of (?:the )?(?:[\\p{L}.'’\\-]+ ){0,3}?ambassador)\\b");
    private static final Pattern VENUE = Pattern.compile(
            "\\bat (?<v>(?:the |a |an )?(?:[A-Za-z'’\\-]+ ){0,6}?(?:[Mm]inistry|[Dd]epartment|hotel|[Hh]otel|"
                    + "[Hh]ouse|residence|[Ee]mbassy|resort|office|[Oo]ffice|headquarters|center|[Cc]entre|"
                    + "[Hh]all|[Pp]alace|[Bb]uilding|guest house|villa|club|venue))\\b");

    private final String text;
    private final Gazetteer gazetteer;

    /** Places meetings in {@code text} using {@code gazetteer}'s cities. */
    public PlaceFinder(String text, Gazetteer gazetteer) {
        this.text = text;
        this.gazetteer = gazetteer;
    }

    /**
     * City, venue and host of the meeting the lead reports.
     *
     * @param lead   the article's lead
     * @param titles the spans {@code {start, end}} of the people's titles as written: an "at …" phrase starting
     *               inside one says where someone works, not where the meeting was
     */
    public Place find(Lead lead, List<int[]> titles) {
        Lead.Dateline dateline = lead.dateline();
        Found datelineCity = dateline == null ? null : new Found(dateline.city(), dateline.cityStart(), dateline.cityEnd());
        Found city = null;
        Found venue = null;
        List<Lead.Span> sentences = lead.meetingSentences();
        for (Lead.Span s : sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size()))) {
            if (city == null) {
                city = locativeCity(lead, s.start(), s.end());
                if (city == null && datelineCity != null && HERE.matcher(text).region(s.start(), s.end()).find()) {
                    city = datelineCity;
                }
                city = city != null ? city : nationalCapital(s.start(), s.end());
            }
        }
        city = city != null ? city : datelineCity;
        for (Lead.Span s : sentences) {
            if (venue == null) {
                Matcher v = VENUE.matcher(text).region(s.start(), s.end());
                while (venue == null && v.find()) {
                    if (!inside(titles, v.start())) {
                        venue = new Found(v.group("v"), v.start("v"), v.end("v"));
                    }
                }
            }
        }
        for (Lead.Span s : lead.meetingSentences()) {
            city = city != null ? city : institutionSeat(lead, s.start(), s.end());
        }
        if (city == null) {
            List<Lead.Span> more = new ArrayList<>(lead.captions());
            more.addAll(lead.headers());
            for (Lead.Span s : more) {
                city = city != null ? city : anyCity(s.start(), s.end());
            }
        }
        return new Place(city, venue, host(lead, city));
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    private Found locativeCity(Lead lead, int start, int end) {
        for (Gazetteer.Hit hit : gazetteer.find(text, start, end)) {
            if (isCity(hit) && !lead.quoted(hit.start()) && LOCATIVE.matcher(text.substring(Math.max(start, hit.start() - 40), hit.start())).find()) {
                return new Found(hit.entry().phrase(), hit.start(), hit.end());
            }
        }
        return null;
    }

    /** "the Chinese capital" → Beijing. */
    private Found nationalCapital(int start, int end) {
        Matcher m = NATIONAL_CAPITAL.matcher(text).region(start, end);
        while (m.find()) {
            String code = gazetteer.lookup(m.group(1)).map(Gazetteer.Entry::code).orElse(null);
            String capital = code == null ? null
                    : gazetteer.capitalOf(code).map(Gazetteer.Entry::phrase).orElse(null);
            if (capital != null) {
                return new Found(capital, m.start(), m.end());
            }
        }
        return null;
    }

    /** The capital of an institution the meeting is held at ("at the State Department" → Washington). */
    private Found institutionSeat(Lead lead, int start, int end) {
        for (Gazetteer.Hit hit : gazetteer.find(text, start, end)) {
            if (hit.entry().kind() == Gazetteer.Kind.INSTITUTION && !lead.quoted(hit.start())
                    && LOCATIVE.matcher(text.substring(Math.max(start, hit.start() - 40), hit.start())).find()) {
                String capital = gazetteer.capitalOf(hit.entry().code()).map(Gazetteer.Entry::phrase).orElse(null);
                if (capital != null) {
                    return new Found(capital, hit.start(), hit.end());
                }
            }
        }
        return null;
    }

    private Found anyCity(int start, int end) {
        for (Gazetteer.Hit hit : gazetteer.find(text, start, end)) {
            if (isCity(hit)) {
                return new Found(hit.entry().phrase(), hit.start(), hit.end());
            }
        }
        return null;
    }

    private static boolean isCity(Gazetteer.Hit hit) {
        return hit.entry().kind() == Gazetteer.Kind.CITY || hit.entry().kind() == Gazetteer.Kind.CAPITAL;
    }

    private Found host(Lead lead, Found city) {
        List<Lead.Span> spans = new ArrayList<>(lead.meetingSentences());
        spans.addAll(lead.captions());
        for (Lead.Span s : spans) {
            Matcher m = EMBASSY.matcher(text).region(s.start(), s.end());
            if (m.find()) {
                String code = null;
                int at = -1;
                for (Gazetteer.Hit hit : gazetteer.find(text, m.start(), m.end())) {
                    boolean national = hit.entry().kind() == Gazetteer.Kind.COUNTRY
                            || hit.entry().kind() == Gazetteer.Kind.CAPITAL;
                    if (national && code == null) {
                        code = hit.entry().code();
                        at = hit.start();
                    }
                }
                if (code != null) {
                    return new Found(code, at, m.end());
                }
            }
        }
        if (city == null) {
            return null;
        }
        return gazetteer.lookup(city.value()).filter(e -> e.code() != null)
                .map(e -> new Found(e.code(), city.start(), city.end())).orElse(null);
    }
}
