package io.envoys.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.envoys.graphql.ws.SubscriptionConfig;
import io.envoys.read.ArticleReads;
import io.envoys.read.MeetingReads;
import io.envoys.read.QuoteReads;
import io.envoys.read.Selection;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Hands each record notice to the subscriptions it concerns, on one thread, in the order notices come: it loads the
 * facts a filter needs once per notice, and the new or changed record once per distinct selection set among the
 * subscriptions that want it (so a thousand subscribers asking for the same fields cost one read per level), then
 * emits it to each. Each subscription's source stream holds at most {@code envoys.graphql.subscriptions
 * .max-queued-messages} events not yet resolved; beyond that its connection is closed as a slow consumer. A selection
 * set whose record cannot be read (a cursor that is not one, a draft field below an article) completes the
 * subscriptions that asked for it, and no other (SmallRye GraphQL would turn a failed source stream into a null event
 * and stall it).
 */
@ApplicationScoped
public class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class);
    private static final Selection QUOTE_FACTS = Selection.parse("{ meeting { id } speaker { id country { code } } }");
    private static final Selection MEETING_FACTS = Selection.parse(
            "{ hostCountry { code } participants { id country { code } } }");

    private final QuoteReads quotes;
    private final MeetingReads meetings;
    private final ArticleReads articles;
    private final int maxQueued;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread fanOut = new Thread(task, "envoys-fan-out");
        fanOut.setDaemon(true);
        return fanOut;
    });

    FanOut(QuoteReads quotes, MeetingReads meetings, ArticleReads articles, SubscriptionConfig limits) {
        this.quotes = quotes;
        this.meetings = meetings;
        this.articles = articles;
        this.maxQueued = limits.maxQueuedMessages();
    }

    /** One subscription: the notices it takes, the facts it asks of them, what it selects, and where it goes. */
    private record Listener(RecordNotice.Kind kind, LongPredicate ids, Predicate<Object> facts, Selection selection,
            MultiEmitter<Object> emitter) {
    }

    /**
     * The source stream of a subscription: each record of {@code kind} whose id passes {@code ids} and whose facts
     * pass {@code facts}, read with {@code selection}; it completes when the record it follows is deleted, or at once
     * when {@code stillThere}, asked once it listens, says it was deleted meanwhile.
     *
     * @param slowConsumer closes the subscriber's connection when its events pile up
     */
    @SuppressWarnings("unchecked")
    <V> Multi<V> stream(RecordNotice.Kind kind, LongPredicate ids, Predicate<Object> facts, Selection selection,
            BooleanSupplier stillThere, Runnable slowConsumer) {
        Multi<Object> events = Multi.createFrom().emitter(emitter -> {
            Listener listener = new Listener(kind, ids, facts, selection, (MultiEmitter<Object>) emitter);
            listeners.add(listener);
            emitter.onTermination(() -> listeners.remove(listener));
            if (!stillThere.getAsBoolean()) {
                emitter.complete();
            }
        }, maxQueued);
        return (Multi<V>) events.onFailure(BackPressureFailure.class).invoke(slowConsumer)
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Subscriptions listening now (on this replica). */
    int listening() {
        return listeners.size();
    }

    /** Delivers {@code notice} to the subscriptions it concerns, after those before it. */
    void deliver(RecordNotice notice) {
        thread.execute(() -> {
            try {
                deliverNow(notice);
            } catch (RuntimeException failed) {
                LOG.warnf(failed, "Could not deliver %s to its subscribers", notice.encode());
            }
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        thread.shutdownNow();
    }

    private void deliverNow(RecordNotice notice) {
        boolean deleted = notice.kind() == RecordNotice.Kind.MEETING_DELETED;
        RecordNotice.Kind wanted = deleted ? RecordNotice.Kind.MEETING_CHANGED : notice.kind();
        List<Listener> concerned = listeners.stream()
                .filter(listener -> listener.kind() == wanted && listener.ids().test(notice.id())).toList();
        if (concerned.isEmpty()) {
            return;
        }
        if (deleted) {
            concerned.forEach(listener -> listener.emitter().complete());
            return;
        }
        Object facts = facts(notice);
        Map<Selection, Reading> readings = new HashMap<>();
        for (Listener listener : concerned) {
            if (facts != null && !listener.facts().test(facts)) {
                continue;
            }
            Reading reading = readings.computeIfAbsent(listener.selection(), selection -> reading(notice, selection));
            if (reading.failure() != null) {
                LOG.debugf(reading.failure(), "Completing a subscription whose record is unreadable");
                listener.emitter().complete();
            } else if (reading.record() != null) {
                listener.emitter().emit(reading.record());
            }
        }
    }

    private Reading reading(RecordNotice notice, Selection selection) {
        try {
            return new Reading(read(notice, selection), null);
        } catch (RuntimeException failed) {
            return new Reading(null, failed);
        }
    }

    /** What filters look at: the quote's speaker and meeting, or the meeting's host and participants; null for none. */
    private Object facts(RecordNotice notice) {
        return switch (notice.kind()) {
            case QUOTE_RECORDED -> quotes.byId(notice.id(), QUOTE_FACTS);
            case MEETING_RECORDED -> meetings.byId(notice.id(), MEETING_FACTS);
            default -> null;
        };
    }

    private Object read(RecordNotice notice, Selection selection) {
        return switch (notice.kind()) {
            case QUOTE_RECORDED -> quotes.byId(notice.id(), selection);
            case MEETING_RECORDED, MEETING_CHANGED -> meetings.byId(notice.id(), selection);
            case ARTICLE_CONFIRMED -> articles.byId(notice.id(), selection);
            case MEETING_DELETED -> null;
        };
    }

    /** A record as one selection reads it (null when it is gone), or why that selection cannot read it. */
    private record Reading(Object record, RuntimeException failure) {
    }
}
