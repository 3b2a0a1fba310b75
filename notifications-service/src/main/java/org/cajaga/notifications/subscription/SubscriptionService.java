package org.cajaga.notifications.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cajaga.core.i18n.Language;
import org.cajaga.core.problem.ProblemType;
import org.cajaga.notifications.config.NotificationsConfig;
import org.cajaga.notifications.delivery.Fanout;
import org.cajaga.notifications.delivery.TargetPolicy;
import org.cajaga.support.http.ExpectedVersion;
import org.cajaga.support.http.VersionTag;
import org.cajaga.support.i18n.CurrentLanguage;
import org.cajaga.support.ids.TimeOrderedIds;
import org.cajaga.support.paging.Cursor;
import org.cajaga.support.paging.Page;
import org.cajaga.support.paging.PageParams;
import org.cajaga.support.problem.Problems;

/** Subscriptions of the calling OAuth client: another client's subscription does not exist for it (404). */
@ApplicationScoped
public class SubscriptionService {

    /** The longest overlap a rotation may ask for. */
    static final Duration MAX_OVERLAP = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    Owner owner;

    @Inject
    TargetPolicy targets;

    @Inject
    Fanout fanout;

    @Inject
    NotificationsConfig config;

    public static VersionTag versionOf(Subscription subscription) {
        return versionOf(subscription.id, subscription.version);
    }

    public static VersionTag versionOf(UUID id, long version) {
        return VersionTag.of("subscription", id, version);
    }

    @Transactional
    public CreatedSubscription create(SubscriptionInput input) {
        requireAllowedUrl(input.url());
        Subscription subscription = new Subscription();
        subscription.id = TimeOrderedIds.next();
        subscription.owner = owner.clientId();
        subscription.createdAt = Instant.now();
        apply(subscription, input);
        subscription.status = Boolean.FALSE.equals(input.enabled()) ? SubscriptionStatus.DISABLED : SubscriptionStatus.ACTIVE;
        if (subscription.status == SubscriptionStatus.DISABLED) {
            subscription.disable("Deshabilitada por su dueño. / Disabled by its owner.", subscription.createdAt);
        }
        em.persist(subscription);
        String secret = addSecret(subscription.id);
        em.flush();
        return new CreatedSubscription(SubscriptionView.of(subscription, 1), secret);
    }

    public Page<SubscriptionView> list(PageParams paging) {
        int limit = paging.limit();
        UUID after = paging.cursor(1).map(cursor -> cursor.uuidKey(0)).orElse(null);
        var query = em.createQuery("from Subscription where owner = :owner"
                + (after == null ? "" : " and id > :after") + " order by id", Subscription.class)
                .setParameter("owner", owner.clientId()).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("after", after);
        }
        List<Subscription> rows = query.getResultList();
        return Page.from(rows, limit, s -> Cursor.of(s.id.toString()), s -> SubscriptionView.of(s, activeSecrets(s.id)));
    }

    public Subscription get(UUID id) {
        Subscription subscription = em.find(Subscription.class, id);
        if (subscription == null || !subscription.owner.equals(owner.clientId())) {
            throw Problems.notFound("la suscripción", "subscription", id);
        }
        return subscription;
    }

    public SubscriptionView view(Subscription subscription) {
        return SubscriptionView.of(subscription, activeSecrets(subscription.id));
    }

    @Transactional
    public Subscription replace(UUID id, ExpectedVersion expected, SubscriptionInput input) {
        Subscription subscription = get(id);
        expected.require(versionOf(subscription));
        requireAllowedUrl(input.url());
        apply(subscription, input);
        if (Boolean.FALSE.equals(input.enabled()) && subscription.status == SubscriptionStatus.ACTIVE) {
            subscription.disable("Deshabilitada por su dueño. / Disabled by its owner.", Instant.now());
        } else if (!Boolean.FALSE.equals(input.enabled()) && subscription.status == SubscriptionStatus.DISABLED) {
            subscription.status = SubscriptionStatus.ACTIVE;
            subscription.disabledReason = null;
            subscription.disabledAt = null;
            subscription.failingSince = null;
        }
        em.flush();
        return subscription;
    }

    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        Subscription subscription = get(id);
        expected.require(versionOf(subscription));
        em.remove(subscription);
    }

    /** A new current secret; the ones before keep signing for {@code overlap}. */
    @Transactional
    public SecretRotation rotate(UUID id, Duration overlap) {
        Subscription subscription = get(id);
        Duration kept = overlap != null ? overlap : config.secretOverlap();
        if (kept.isNegative() || kept.compareTo(MAX_OVERLAP) > 0) {
            throw Problems.of(ProblemType.INVALID_PARAMETER,
                    "El parámetro 'overlap' debe ser una duración ISO 8601 entre PT0S y P7D.",
                    "The 'overlap' parameter must be an ISO 8601 duration between PT0S and P7D.");
        }
        Instant expires = Instant.now().plus(kept);
        em.createQuery("update SubscriptionSecret set expiresAt = :expires where subscriptionId = :id "
                        + "and (expiresAt is null or expiresAt > :expires)")
                .setParameter("expires", expires).setParameter("id", subscription.id).executeUpdate();
        String secret = addSecret(subscription.id);
        subscription.updatedAt = Instant.now();
        return new SecretRotation(secret, expires);
    }

    @Transactional
    public int replay(UUID id, Instant since) {
        return fanout.replay(get(id).id, since);
    }

    /** The secrets that sign now, newest first. */
    public List<String> signingSecrets(UUID id) {
        return em.createQuery("select secret from SubscriptionSecret where subscriptionId = :id "
                        + "and (expiresAt is null or expiresAt > :now) order by createdAt desc", String.class)
                .setParameter("id", id).setParameter("now", Instant.now()).getResultList();
    }

    public Page<DeliveryView> deliveries(UUID id, PageParams paging) {
        Subscription subscription = get(id);
        int limit = paging.limit();
        UUID before = paging.cursor(1).map(cursor -> cursor.uuidKey(0)).orElse(null);
        var query = em.createNativeQuery("select d.id, d.event_id, e.type, d.status, d.attempts, d.last_attempt_at, "
                + "d.last_status, d.last_latency_ms, d.last_error, case when d.status = 'PENDING' then d.next_attempt_at end, "
                + "d.created_at, d.delivered_at from delivery d join event e on e.id = d.event_id "
                + "where d.subscription_id = :subscription" + (before == null ? "" : " and d.id < :before")
                + " order by d.id desc limit :limit");
        query.setParameter("subscription", subscription.id).setParameter("limit", limit + 1);
        if (before != null) {
            query.setParameter("before", before);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.from(rows, limit, row -> Cursor.of(row[0].toString()), row -> new DeliveryView((UUID) row[0],
                (UUID) row[1], (String) row[2], (String) row[3], ((Number) row[4]).intValue(), instant(row[5]),
                row[6] == null ? null : ((Number) row[6]).intValue(), row[7] == null ? null : ((Number) row[7]).intValue(),
                (String) row[8], instant(row[9]), instant(row[10]), instant(row[11])));
    }

    private int activeSecrets(UUID id) {
        return signingSecrets(id).size();
    }

    private String addSecret(UUID subscriptionId) {
        SubscriptionSecret secret = new SubscriptionSecret();
        secret.id = TimeOrderedIds.next();
        secret.subscriptionId = subscriptionId;
        secret.secret = Secrets.generate();
        secret.createdAt = Instant.now();
        em.persist(secret);
        return secret.secret;
    }

    private void apply(Subscription subscription, SubscriptionInput input) {
        SubscriptionInput.Filters filters = input.filters() != null ? input.filters()
                : new SubscriptionInput.Filters(null, null, null, null);
        subscription.url = input.url();
        subscription.description = input.description();
        subscription.eventTypes = input.eventTypes().stream().distinct().toArray(String[]::new);
        subscription.states = array(filters.states());
        subscription.municipalities = array(filters.municipalities());
        subscription.principles = array(filters.principles());
        subscription.classifications = array(filters.classifications());
        subscription.updatedAt = Instant.now();
    }

    private void requireAllowedUrl(String url) {
        targets.refusal(url).ifPresent(reason -> {
            throw Problems.invalidBody("La dirección del receptor no se admite.", "The receiver's address is not accepted.",
                    List.of(new Problems.Violation("url", CurrentLanguage.get() == Language.EN ? reason[1] : reason[0])));
        });
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.stream().distinct().toArray(String[]::new);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
