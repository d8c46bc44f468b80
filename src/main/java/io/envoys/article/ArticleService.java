package io.envoys.article;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.envoys.db.RecordVersions;
import io.envoys.envoy.Envoy;
import io.envoys.envoy.EnvoyAliases;
import io.envoys.envoy.EnvoyInput;
import io.envoys.envoy.EnvoyService;
import io.envoys.error.ApiException;
import io.envoys.ingestion.ArticleText;
import io.envoys.ingestion.Draft;
import io.envoys.ingestion.Drafter;
import io.envoys.ingestion.ProposedMeeting;
import io.envoys.ingestion.ProposedParticipant;
import io.envoys.ingestion.ProposedQuote;
import io.envoys.ingestion.speaker.Attribution;
import io.envoys.meeting.MeetingInput;
import io.envoys.meeting.MeetingService;
import io.envoys.quote.QuoteInput;
import io.envoys.quote.QuoteService;
import io.envoys.read.ArticleReads;
import io.envoys.read.ArticleStatus;
import io.envoys.read.ArticleView;
import io.envoys.read.Selection;
import io.envoys.validation.Dates;
import io.envoys.validation.Ids;
import io.envoys.validation.ListBounds;
import io.envoys.validation.Text;
import io.envoys.validation.Validate;

/**
 * Articles in review: ingesting one (its draft is proposed by {@link Drafter}, read again with every read), and an
 * editor's confirmation, which writes the meeting, new envoys, participations and quotes in one transaction, or
 * rejection. Each refusal is BAD_USER_INPUT naming the value, CONFLICT for a stale version, NOT_FOUND for an unknown
 * id, and changes nothing.
 */
@ApplicationScoped
public class ArticleService {

    private static final int SOURCE_MAX = 200;
    private static final int URL_MAX = 2_000;
    private static final int HEADLINE_MAX = 500;
    private static final int LINE_MAX = 200;
    private static final int CONTEXT_MAX = 1_000;

    private final ArticleReads reads;
    private final EnvoyService envoys;
    private final MeetingService meetings;
    private final QuoteService quotes;
    private final EnvoyAliases aliases;
    private final EntityManager em;
    private final Event<ArticleConfirmed> confirmations;

    ArticleService(ArticleReads reads, EnvoyService envoys, MeetingService meetings, QuoteService quotes,
            EnvoyAliases aliases, EntityManager em, Event<ArticleConfirmed> confirmations) {
        this.confirmations = confirmations;
        this.reads = reads;
        this.envoys = envoys;
        this.meetings = meetings;
        this.quotes = quotes;
        this.aliases = aliases;
        this.em = em;
    }

    /**
     * Stores an article as a DRAFT and returns it with the fields {@code selection} asks for (its draft among them);
     * the same text ingested again returns the article already stored, except that a REJECTED one becomes a DRAFT
     * again, with this publication date, source, URL and headline (its version grows by one).
     *
     * @throws ApiException BAD_USER_INPUT for an empty text, one over 100,000 characters, one with more quoted
     *     passages than a draft holds (500) or people than a meeting (50), or a source, URL or headline too long
     */
    @Transactional
    public ArticleView ingest(ArticleInput input, Selection selection) {
        String text = Validate.block("input.text", ArticleText.fromPasted(input.text == null ? "" : input.text),
                Drafter.MAX_LENGTH);
        if (text.length() > Drafter.MAX_LENGTH) {
            throw ApiException.badInput("input.text must be at most " + Drafter.MAX_LENGTH + " UTF-16 code units; it"
                    + " has " + text.length() + ": ingest a long article in parts");
        }
        if (input.publishedOn == null) {
            throw ApiException.badInput("input.publishedOn is required: the date the article was published");
        }
        String hash = ContentHash.of(text);
        Article existing = Article.find("contentHash", hash).firstResult();
        if (existing != null && existing.status == ArticleStatus.REJECTED) {
            em.refresh(existing, LockModeType.PESSIMISTIC_WRITE);
        }
        if (existing != null && existing.status != ArticleStatus.REJECTED) {
            return reads.byId(existing.id, selection);
        }
        Draft draft = reads.draft(text, input.publishedOn, reads.directory());
        if (draft.quotes().size() > ListBounds.DRAFT_QUOTES_MAX
                || draft.participants().size() > ListBounds.PARTICIPANTS_MAX) {
            throw ApiException.badInput("input.text holds " + draft.quotes().size() + " quoted passages and "
                    + draft.participants().size() + " people; a draft holds at most " + ListBounds.DRAFT_QUOTES_MAX
                    + " and " + ListBounds.PARTICIPANTS_MAX + ": ingest the article in parts");
        }
        Article article = existing != null ? existing : new Article();
        article.text = text;
        article.publishedOn = input.publishedOn;
        article.source = Validate.optionalLine("input.source", input.source, SOURCE_MAX);
        article.url = Validate.optionalWebAddress("input.url", input.url, URL_MAX);
        article.headline = Validate.optionalLine("input.headline", input.headline, HEADLINE_MAX);
        article.status = ArticleStatus.DRAFT;
        if (existing != null) {
            RecordVersions.flushAsNextVersion(em, article);
            return reads.byId(article.id, selection);
        }
        article.contentHash = hash;
        article.createdAt = LocalDateTime.now();
        article.persistAndFlush();
        return reads.byId(article.id, selection);
    }

    /**
     * Confirms a DRAFT: records its meeting (or adds to the one named), the participants (new envoys recorded with
     * their country and title), the title each had at the meeting, and its quotes, each linked to the article and its
     * place in the text; the article becomes CONFIRMED. Without corrections, the draft's proposal is recorded: its
     * attributed quotes only.
     *
     * @throws ApiException CONFLICT when the article is no longer at {@code expectedVersion}, NOT_FOUND for an unknown
     *     article or meeting, BAD_USER_INPUT when the article is not a DRAFT or a value is missing or wrong (a date the
     *     text does not fix, a new participant without a country, a quote whose speaker is not a participant,
     *     offsets outside the text)
     */
    @Transactional
    public ArticleView confirm(long id, int expectedVersion, ArticleCorrections corrections, Selection selection) {
        Article article = RecordVersions.lockAt(em, Article.class, id, expectedVersion, "Article");
        requireDraft(article, "confirmed");
        Draft draft = reads.draft(article.text, article.publishedOn, reads.directory());
        ArticleCorrections given = corrections == null ? new ArticleCorrections() : corrections;
        Map<String, Long> participants = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        if (given.participants != null) {
            chosenParticipants(given.participants, participants, titles);
        } else {
            proposedParticipants(draft, participants, titles);
        }
        if (participants.isEmpty()) {
            throw ApiException.badInput("The draft names no participant: pass corrections.participants");
        }
        if (given.attachToMeetingId != null && (given.meeting != null || Boolean.TRUE.equals(given.newMeeting))) {
            throw ApiException.badInput("corrections.attachToMeetingId adds to a meeting already in the record;"
                    + " corrections.meeting and corrections.newMeeting are for a new one: give one or the other");
        }
        Long matching = given.attachToMeetingId == null && given.meeting == null
                && !Boolean.TRUE.equals(given.newMeeting) ? reads.matchingMeeting(draft) : null;
        long meetingId = given.attachToMeetingId != null ? attach(given.attachToMeetingId, participants.values())
                : matching != null ? attach(String.valueOf(matching), participants.values())
                : newMeeting(article, draft.meeting(), given.meeting, participants);
        titles.forEach((envoyId, title) -> meetings.noteTitleAsWritten(meetingId, envoyId, title));
        if (given.quotes != null && given.quotes.size() > ListBounds.DRAFT_QUOTES_MAX) {
            throw ApiException.badInput("corrections.quotes may hold at most " + ListBounds.DRAFT_QUOTES_MAX
                    + " quotes, as many as a draft; it holds " + given.quotes.size());
        }
        List<QuoteChoice> chosen = given.quotes != null ? given.quotes : attributedQuotes(draft);
        for (int i : inTextOrder(chosen)) {
            record(article, draft, meetingId, participants, chosen.get(i), given.quotes == null ? null
                    : "corrections.quotes[" + i + "]");
        }
        article.status = ArticleStatus.CONFIRMED;
        article.meetingId = meetingId;
        RecordVersions.flushAsNextVersion(em, article);
        confirmations.fire(new ArticleConfirmed(id));
        return reads.byId(id, selection);
    }

    /**
     * Rejects a DRAFT: nothing of it enters the record.
     *
     * @throws ApiException CONFLICT for a stale version, NOT_FOUND for an unknown article, BAD_USER_INPUT when it is
     *     not a DRAFT
     */
    @Transactional
    public ArticleView reject(long id, int expectedVersion, Selection selection) {
        Article article = RecordVersions.lockAt(em, Article.class, id, expectedVersion, "Article");
        requireDraft(article, "rejected");
        article.status = ArticleStatus.REJECTED;
        RecordVersions.flushAsNextVersion(em, article);
        return reads.byId(id, selection);
    }

    private static void requireDraft(Article article, String verb) {
        if (article.status != ArticleStatus.DRAFT) {
            throw ApiException.badInput("Article " + article.id + " is " + article.status + " already; only a DRAFT"
                    + " can be " + verb);
        }
    }

    private void chosenParticipants(List<ParticipantChoice> chosen, Map<String, Long> participants,
            Map<Long, String> titles) {
        if (chosen.size() > ListBounds.PARTICIPANTS_MAX) {
            throw ApiException.badInput("corrections.participants may hold at most " + ListBounds.PARTICIPANTS_MAX
                    + " participants; it holds " + chosen.size());
        }
        for (int i = 0; i < chosen.size(); i++) {
            ParticipantChoice choice = chosen.get(i);
            String field = "corrections.participants[" + i + "]";
            String name = Validate.line(field + ".name", choice.name, LINE_MAX);
            String title = Validate.optionalLine(field + ".title", choice.title, LINE_MAX);
            long envoyId = choice.envoyId != null ? known(field + ".envoyId", Ids.parse(field + ".envoyId",
                    choice.envoyId), name) : newEnvoy(field, name, choice.countryCode, title);
            participants.put(name, envoyId);
            if (title != null) {
                titles.put(envoyId, title);
            }
        }
    }

    private void proposedParticipants(Draft draft, Map<String, Long> participants, Map<Long, String> titles) {
        for (ProposedParticipant participant : draft.participants()) {
            String title = cut(participant.titleAsWritten());
            long envoyId = participant.match() != null ? known("the draft's participant "
                    + participant.canonicalName(), participant.match().id(), cut(participant.nameAsWritten()))
                    : newEnvoy("the draft's participant " + participant.canonicalName(), participant.canonicalName(),
                            participant.countryCode(), title);
            participants.put(participant.canonicalName(), envoyId);
            if (title != null) {
                titles.put(envoyId, title);
            }
        }
    }

    /** A known envoy taking part, who the article names {@code nameAsWritten}: a name they are then known by too. */
    private long known(String field, long envoyId, String nameAsWritten) {
        Envoy envoy = envoys.require(field, envoyId);
        aliases.learn(envoy, nameAsWritten);
        return envoy.id;
    }

    private long newEnvoy(String field, String name, String countryCode, String title) {
        if (countryCode == null) {
            throw ApiException.badInput(field + ": a new envoy needs the country they represent; pass"
                    + " corrections.participants with a countryCode for " + name + " (or an envoyId)");
        }
        EnvoyInput input = new EnvoyInput();
        input.name = name;
        input.countryCode = countryCode;
        input.title = title;
        try {
            return envoys.create(input, Selection.none()).getId();
        } catch (ApiException refused) {
            throw new ApiException(refused.code(), refused.getMessage().replace("input.", field + "."));
        }
    }

    private long attach(String rawMeetingId, Iterable<Long> envoyIds) {
        long meetingId = Ids.parse("corrections.attachToMeetingId", rawMeetingId);
        Set<Long> present = meetings.require("corrections.attachToMeetingId", meetingId).participants().stream()
                .map(envoy -> envoy.id).collect(Collectors.toSet());
        for (long envoyId : envoyIds) {
            if (present.add(envoyId)) {
                meetings.addParticipant(meetingId, envoyId, Selection.none());
            }
        }
        return meetingId;
    }

    private long newMeeting(Article article, ProposedMeeting proposed, MeetingCorrection correction,
            Map<String, Long> participants) {
        MeetingCorrection given = correction == null ? new MeetingCorrection() : correction;
        MeetingInput input = new MeetingInput();
        input.date = given.date != null ? given.date : proposed.date();
        input.city = given.city != null ? given.city : proposed.city();
        input.venue = given.venue == null ? cut(proposed.venue()) : given.venue.isBlank() ? null : given.venue;
        input.hostCountryCode = given.hostCountryCode != null ? given.hostCountryCode : proposed.hostCountryCode();
        input.title = given.title != null ? given.title : cut(defaultTitle(participants.values().stream().distinct()
                .map(id -> envoys.require("participant", id).name).toList(), input.city));
        input.source = article.source;
        input.participantIds = participants.values().stream().distinct().map(String::valueOf).toList();
        if (input.date == null || input.city == null || input.hostCountryCode == null) {
            throw ApiException.badInput("The article does not fix the meeting's " + (input.date == null ? "date"
                    : input.city == null ? "city" : "host country") + ": pass it in corrections.meeting");
        }
        if (!Dates.held(input.date)) {
            throw ApiException.badInput("The meeting's date " + input.date + " lies outside the years 1 to 9999 the"
                    + " record holds: pass corrections.meeting.date");
        }
        try {
            return meetings.create(input, Selection.none()).getId();
        } catch (ApiException refused) {
            throw new ApiException(refused.code(), refused.getMessage().replace("input.", "corrections.meeting."));
        }
    }

    private static String defaultTitle(Iterable<String> names, String city) {
        List<String> all = new ArrayList<>();
        names.forEach(all::add);
        String who = all.size() == 1 ? all.get(0) : String.join(", ", all.subList(0, all.size() - 1)) + " and "
                + all.get(all.size() - 1);
        return "Meeting of " + who + (city == null ? "" : " in " + city);
    }

    /**
     * The indexes of the quotes in the order they stand in the text, which is the order a meeting reports them (its
     * positions), whatever order the corrections listed them in.
     */
    private static List<Integer> inTextOrder(List<QuoteChoice> quotes) {
        return IntStream.range(0, quotes.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> quotes.get(i).start)).toList();
    }

    private static List<QuoteChoice> attributedQuotes(Draft draft) {
        List<QuoteChoice> chosen = new ArrayList<>();
        for (ProposedQuote quote : draft.quotes()) {
            if (quote.attribution() == Attribution.ATTRIBUTED && quote.speaker() != null) {
                QuoteChoice choice = new QuoteChoice();
                choice.start = quote.start();
                choice.end = quote.end();
                choice.speaker = draft.participants().get(quote.speaker()).canonicalName();
                choice.partial = quote.partial();
                chosen.add(choice);
            }
        }
        return chosen;
    }

    /** Records one quote; {@code field} names the correction it came from, or is null for a proposed one. */
    private void record(Article article, Draft draft, long meetingId, Map<String, Long> participants,
            QuoteChoice choice, String field) {
        Long speakerId = participants.get(choice.speaker);
        if (field == null && speakerId == null) {
            return;
        }
        if (choice.start < 0 || choice.end <= choice.start || choice.end > article.text.length()) {
            throw ApiException.badInput(field + ": start and end must satisfy 0 <= start < end <= "
                    + article.text.length() + " (the text's length); got " + choice.start + " and " + choice.end);
        }
        if (speakerId == null) {
            throw ApiException.badInput(field + ".speaker: '" + choice.speaker + "' is not a participant; name one of "
                    + String.join(", ", participants.keySet()) + ", or add them to corrections.participants");
        }
        ProposedQuote proposed = draft.quotes().stream()
                .filter(quote -> quote.start() == choice.start && quote.end() == choice.end).findFirst().orElse(null);
        String named = field != null ? field : "the draft's quote at " + choice.start + "-" + choice.end;
        int start = choice.start;
        int end = choice.end;
        while (start < end && Character.isWhitespace(article.text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(article.text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw ApiException.badInput(named + ": the text from " + choice.start + " to " + choice.end + " is only"
                    + " white space; give the offsets of the quoted words");
        }
        QuoteInput input = new QuoteInput();
        input.meetingId = String.valueOf(meetingId);
        input.speakerId = String.valueOf(speakerId);
        input.text = article.text.substring(start, end);
        input.partial = choice.partial != null ? choice.partial : proposed != null && proposed.partial();
        input.context = proposed == null || proposed.cue() == null ? null
                : Text.cut(Text.spaced(proposed.cue().text()), CONTEXT_MAX);
        quotes.recordFromArticle(input, article.id, start, end, named);
    }

    private static String cut(String value) {
        return value == null ? null : Text.cut(value.strip(), LINE_MAX);
    }
}
