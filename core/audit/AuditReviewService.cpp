#include "core/audit/AuditReviewService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditFlagService.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/Sodium.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <queue>

#include <algorithm>
#include <utility>
#include <vector>

namespace pl::core {

namespace {

class ReviewText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AuditReviewService)
public:
    static QString quarter(int quarter, int year) { return tr("Q%1 %2").arg(quarter).arg(year); }
    static QString invalidPeriod() {
        return tr("Choose a period whose end comes after its start.");
    }
    static QString notEnded(const QString& end) {
        return tr("The period ends on %1, which has not passed yet; a review covers a period "
                  "that has ended.")
            .arg(end);
    }
    static QString overlapsOpen(qint64 id, const QString& by) {
        return tr("Review %1, started by %2 and not yet signed, covers part of this period. "
                  "Finish that review first.")
            .arg(id)
            .arg(by);
    }
    static QString notFound(qint64 id) { return tr("There is no review %1.").arg(id); }
    static QString itemNotFound(qint64 seq, qint64 id) {
        return tr("Event #%1 is not one of the events of review %2.").arg(seq).arg(id);
    }
    static QString alreadySigned(qint64 id) {
        return tr("Review %1 is signed; it cannot change any more.").arg(id);
    }
    static QString alreadyChecked(qint64 seq, const QString& by) {
        return tr("Event #%1 was already checked by %2.").arg(seq).arg(by);
    }
    static QString flaggedNeedsNote(qint64 seq) {
        return tr("Event #%1 was flagged: write down what you found before marking it checked.")
            .arg(seq);
    }
    static QString signNoteRequired() {
        return tr("Write a note to sign the review with: what was looked at and what was found.");
    }
    static QString notAllChecked(qint64 unchecked) {
        return tr("%n event(s) of the review are not checked yet. Check every event before "
                  "signing.",
                  nullptr, static_cast<int>(unchecked));
    }
    static QString notSigned(qint64 id) {
        return tr("Review %1 is not signed yet; only a signed review can be checked.").arg(id);
    }
    static QString chainBroken(const QString& problem) {
        return tr("The events up to the last one covered are no longer intact: %1").arg(problem);
    }
    static QString lastEventGone(qint64 seq) {
        return tr("Event #%1, the last one covered, is no longer there.").arg(seq);
    }
    static QString lastHashChanged(qint64 seq) {
        return tr("Event #%1, the last one covered, no longer has the hash recorded when the "
                  "review was signed.")
            .arg(seq);
    }
    static QString countChanged(qint64 now, qint64 was, qint64 first, qint64 last) {
        return tr("Events #%1 to #%2 now number %3; %n were signed for.", nullptr,
                  static_cast<int>(was))
            .arg(first)
            .arg(last)
            .arg(now);
    }
    static QString itemsChanged(qint64 flagged, qint64 sampled, qint64 wasFlagged,
                                qint64 wasSampled) {
        return tr("The review now lists %1 flagged and %2 sampled events; it was signed with %3 "
                  "and %4.")
            .arg(flagged)
            .arg(sampled)
            .arg(wasFlagged)
            .arg(wasSampled);
    }
    static QString itemsUnchecked(qint64 count) {
        return tr("%n event(s) of the review are no longer marked checked.", nullptr,
                  static_cast<int>(count));
    }
    static QString signatureMissing(qint64 seq) {
        return tr("The review's signing event #%1 is missing.").arg(seq);
    }
    static QString signatureNotThis(qint64 seq) {
        return tr("Event #%1 is not the signature of this review.").arg(seq);
    }
    static QString signatureEdited(qint64 seq) {
        return tr("The review's signing event #%1 was edited.").arg(seq);
    }
    static QString fieldChanged(const QString& field, const QString& now, const QString& was) {
        return tr("The review's %1 is \"%2\" but was signed as \"%3\".").arg(field, now, was);
    }
};

QString storage(const QDateTime& time) {
    return TimeFormat::toStorage(time);
}

constexpr char kSelectReviews[] =
    "SELECT r.id, r.period_start, r.period_end, r.first_seq, r.last_seq, r.started_by, "
    "COALESCE(su.name, ''), r.started_utc, r.signed_by, COALESCE(gu.name, ''), r.signed_utc, "
    "COALESCE(r.note, ''), COALESCE(r.events_count, 0), COALESCE(r.flagged_count, 0), "
    "COALESCE(r.sampled_count, 0), COALESCE(r.chain_intact, 0), COALESCE(r.chain_status, ''), "
    "r.last_hash, COALESCE(r.signed_seq, 0), "
    "(SELECT count(*) FROM audit_review_items i WHERE i.review_id = r.id), "
    "(SELECT count(*) FROM audit_review_items i WHERE i.review_id = r.id AND "
    "i.checked_utc IS NOT NULL) "
    "FROM audit_reviews r LEFT JOIN users su ON su.id = r.started_by "
    "LEFT JOIN users gu ON gu.id = r.signed_by ";

AuditReview readReview(const Statement& s) {
    AuditReview r;
    r.id = s.integer(0);
    r.periodStartUtc = TimeFormat::fromStorage(s.text(1));
    r.periodEndUtc = TimeFormat::fromStorage(s.text(2));
    r.firstSeq = s.optionalInteger(3).value_or(0);
    r.lastSeq = s.optionalInteger(4).value_or(0);
    r.startedBy = s.integer(5);
    r.startedByName = s.text(6);
    r.startedUtc = TimeFormat::fromStorage(s.text(7));
    r.signedBy = s.optionalInteger(8);
    r.signedByName = s.text(9);
    r.signedUtc = s.isNull(10) ? QDateTime() : TimeFormat::fromStorage(s.text(10));
    r.note = s.text(11);
    r.eventsCount = s.integer(12);
    r.flaggedCount = s.integer(13);
    r.sampledCount = s.integer(14);
    r.chainIntact = s.integer(15) != 0;
    r.chainStatus = s.text(16);
    r.lastHash = s.blob(17);
    r.signedSeq = s.integer(18);
    r.itemCount = s.integer(19);
    r.checkedCount = s.integer(20);
    return r;
}

Result<AuditReview> loadReview(Database& db, qint64 id) {
    auto stmt = db.prepare(QByteArray(kSelectReviews).append("WHERE r.id = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    auto rows = stmt.value().collect<AuditReview>(readReview);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error(ErrorCode::NotFound, ReviewText::notFound(id));
    return rows.value().first();
}

constexpr char kSelectItems[] =
    "SELECT i.review_id, i.kind, i.checked_by, COALESCE(u.name, ''), i.checked_utc, "
    "COALESCE(i.note, ''), i.seq, e.time_utc, e.user_id, e.user_name, e.on_behalf_of, e.action, "
    "e.target_kind, e.target, e.case_number, e.reason, e.details, e.outcome, e.prev_hash, "
    "e.hash, (SELECT group_concat(f.rule, ',') FROM audit_flags f WHERE f.seq = i.seq) "
    "FROM audit_review_items i LEFT JOIN audit_events e ON e.seq = i.seq "
    "LEFT JOIN users u ON u.id = i.checked_by WHERE i.review_id = ?1 ";

AuditReviewItem readItem(const Statement& s) {
    AuditReviewItem item;
    item.reviewId = s.integer(0);
    item.kind = s.text(1) == QLatin1String("flagged") ? AuditReviewItem::Kind::Flagged
                                                      : AuditReviewItem::Kind::Sample;
    item.checkedBy = s.optionalInteger(2);
    item.checkedByName = s.text(3);
    item.checkedUtc = s.isNull(4) ? QDateTime() : TimeFormat::fromStorage(s.text(4));
    item.note = s.text(5);
    item.event = AuditLog::readEvent(s, 6);
    if (!s.isNull(20)) {
        item.rules = s.text(20).split(QLatin1Char(','), Qt::SkipEmptyParts);
        item.rules.sort();
    }
    return item;
}

Result<QList<AuditReviewItem>> loadItems(Database& db, qint64 reviewId,
                                         std::optional<qint64> seq = std::nullopt) {
    QByteArray sql(kSelectItems);
    sql.append(seq ? "AND i.seq = ?2 " : "").append("ORDER BY i.seq");
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, reviewId);
    if (seq)
        stmt.value().bind(2, *seq);
    return stmt.value().collect<AuditReviewItem>(readItem);
}

QString kindName(AuditReviewItem::Kind kind) {
    return kind == AuditReviewItem::Kind::Flagged ? QStringLiteral("flagged")
                                                  : QStringLiteral("sample");
}

Result<qint64> countEvents(Database& db, qint64 firstSeq, qint64 lastSeq) {
    if (lastSeq <= 0)
        return qint64(0);
    auto stmt = db.prepare("SELECT count(*) FROM audit_events WHERE seq BETWEEN ?1 AND ?2");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, firstSeq).bind(2, lastSeq);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return stmt.value().integer(0);
}

// The stored hash of event seq; empty when there is no such event.
Result<QByteArray> eventHash(Database& db, qint64 seq) {
    auto stmt = db.prepare("SELECT hash FROM audit_events WHERE seq = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, seq);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().blob(0) : QByteArray();
}

Result<std::optional<AuditEvent>> eventAt(Database& db, qint64 seq) {
    auto events = AuditLog::events(db, 1, seq + 1);
    if (!events)
        return events.error();
    if (events.value().isEmpty() || events.value().first().seq != seq)
        return std::optional<AuditEvent>();
    return std::optional<AuditEvent>(events.value().first());
}

// Items: how many of each kind a review lists.
struct ItemCounts {
    qint64 flagged = 0;
    qint64 sampled = 0;
    qint64 unchecked = 0;
};

Result<ItemCounts> countItems(Database& db, qint64 reviewId) {
    auto stmt = db.prepare("SELECT COALESCE(sum(kind = 'flagged'), 0), "
                           "COALESCE(sum(kind = 'sample'), 0), "
                           "COALESCE(sum(checked_utc IS NULL), 0) "
                           "FROM audit_review_items WHERE review_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, reviewId);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return ItemCounts{stmt.value().integer(0), stmt.value().integer(1), stmt.value().integer(2)};
}

// What a signature vouches for, as recorded in audit.review_signed and
// compared with the review row by check().
QJsonObject signedFigures(const AuditReview& r) {
    QJsonObject figures;
    figures.insert(QStringLiteral("review_id"), r.id);
    figures.insert(QStringLiteral("period_start"), storage(r.periodStartUtc));
    figures.insert(QStringLiteral("period_end"), storage(r.periodEndUtc));
    figures.insert(QStringLiteral("first_seq"), r.firstSeq);
    figures.insert(QStringLiteral("last_seq"), r.lastSeq);
    figures.insert(QStringLiteral("events"), r.eventsCount);
    figures.insert(QStringLiteral("flagged"), r.flaggedCount);
    figures.insert(QStringLiteral("sampled"), r.sampledCount);
    figures.insert(QStringLiteral("chain_intact"), r.chainIntact);
    figures.insert(QStringLiteral("chain_status"), r.chainStatus);
    figures.insert(QStringLiteral("last_sha256"), QString::fromLatin1(r.lastHash.toHex()));
    figures.insert(QStringLiteral("signed_by"), r.signedBy.value_or(0));
    figures.insert(QStringLiteral("note"), r.note);
    return figures;
}

QString jsonText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isUndefined())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// The sample's size for n unflagged events: 2%, at least 10, at most 100,
// never more than there are.
qint64 sampleSize(qint64 n) {
    const qint64 twoPercent = (n * 2 + 99) / 100;
    return std::min(n, std::clamp<qint64>(twoPercent, 10, 100));
}

// The sample: the unflagged events whose SHA-256(seed, seq) are smallest.
// The seed is fixed by the period and the last event in it, so nobody can
// choose the sample by starting over.
Result<QList<qint64>> drawSample(Database& db, const AuditPeriod& period, qint64 firstSeq,
                                 qint64 lastSeq, const QByteArray& lastHash) {
    QList<qint64> sample;
    if (lastSeq <= 0)
        return sample;
    const char* const unflagged = "FROM audit_events WHERE seq BETWEEN ?1 AND ?2 AND seq NOT IN "
                                  "(SELECT seq FROM audit_flags WHERE seq BETWEEN ?1 AND ?2)";
    auto count = db.prepare(QByteArray("SELECT count(*) ").append(unflagged).constData());
    if (!count)
        return count.error();
    count.value().bind(1, firstSeq).bind(2, lastSeq);
    if (auto row = count.value().step(); !row)
        return row.error();
    const qint64 size = sampleSize(count.value().integer(0));
    if (size == 0)
        return sample;

    QByteArray seed("plateledger.audit-review.sample.v1\n");
    seed.append(storage(period.startUtc).toLatin1()).append('\n');
    seed.append(storage(period.endUtc).toLatin1()).append('\n');
    seed.append(lastHash);
    seed = Sodium::sha256(seed);

    auto seqs = db.prepare(QByteArray("SELECT seq ").append(unflagged).constData());
    if (!seqs)
        return seqs.error();
    seqs.value().bind(1, firstSeq).bind(2, lastSeq);
    // A max-heap of the smallest keys so far.
    std::priority_queue<std::pair<QByteArray, qint64>> kept;
    QByteArray input = seed;
    input.resize(seed.size() + 8);
    while (true) {
        auto row = seqs.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 seq = seqs.value().integer(0);
        qToBigEndian<qint64>(seq, input.data() + seed.size());
        kept.emplace(Sodium::sha256(input), seq);
        if (static_cast<qint64>(kept.size()) > size)
            kept.pop();
    }
    while (!kept.empty()) {
        sample.append(kept.top().second);
        kept.pop();
    }
    std::sort(sample.begin(), sample.end());
    return sample;
}

AuditRecord reviewRecord(const QString& action, qint64 reviewId, AuditOutcome outcome,
                         const QString& client) {
    AuditRecord record{action, outcome, QStringLiteral("audit_review"), QString::number(reviewId)};
    record.details.insert(QStringLiteral("review_id"), reviewId);
    record.details.insert(QStringLiteral("client"), client);
    return record;
}

} // namespace

// --- periods -----------------------------------------------------------------

AuditPeriod AuditReviewService::quarterOf(const QDate& localDate) {
    const int quarter = (localDate.month() - 1) / 3;
    const QDate start(localDate.year(), quarter * 3 + 1, 1);
    AuditPeriod period;
    period.startUtc = QDateTime(start, QTime(0, 0), Qt::LocalTime).toUTC();
    period.endUtc = QDateTime(start.addMonths(3), QTime(0, 0), Qt::LocalTime).toUTC();
    period.label = ReviewText::quarter(quarter + 1, start.year());
    return period;
}

AuditPeriod AuditReviewService::lastCompletedQuarter(const QDateTime& nowUtc) {
    const AuditPeriod current = quarterOf(nowUtc.toLocalTime().date());
    return quarterOf(current.startUtc.toLocalTime().date().addMonths(-3));
}

// --- the service ---------------------------------------------------------------

AuditReviewService::AuditReviewService(Station& station)
    : m_station(station) {}

Status AuditReviewService::bringFlagsUpToDate(const Session& session) {
    // A review takes every flagged event of its period, so the flags must
    // cover the whole trail first.
    if (auto updated = m_station.auditFlags().update(session); !updated)
        return updated.error();
    return {};
}

Result<AuditReview> AuditReviewService::start(const Session& session,
                                              const QDateTime& periodStartUtc,
                                              const QDateTime& periodEndUtc) {
    if (auto active = m_station.requireActive(session, Permission::ReviewAudit); !active)
        return active.error();
    if (!periodStartUtc.isValid() || !periodEndUtc.isValid() || periodEndUtc <= periodStartUtc)
        return Error(ErrorCode::InvalidArgument, ReviewText::invalidPeriod());
    const QDateTime now = m_station.clock().nowUtc();
    if (periodEndUtc > now)
        return Error(ErrorCode::InvalidArgument,
                     ReviewText::notEnded(TimeFormat::toDisplay(periodEndUtc)));
    if (auto flags = bringFlagsUpToDate(session); !flags)
        return flags.error();

    AuditPeriod period{periodStartUtc.toUTC(), periodEndUtc.toUTC(), QString()};
    // Stored at millisecond precision, as every instant in the store.
    period.startUtc = TimeFormat::fromStorage(storage(period.startUtc));
    period.endUtc = TimeFormat::fromStorage(storage(period.endUtc));
    const QString from = storage(period.startUtc);
    const QString to = storage(period.endUtc);

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    auto open = db.prepare("SELECT r.id, COALESCE(u.name, '') FROM audit_reviews r "
                           "LEFT JOIN users u ON u.id = r.started_by WHERE r.signed_utc IS NULL "
                           "AND r.period_start < ?2 AND r.period_end > ?1 ORDER BY r.id LIMIT 1");
    if (!open)
        return open.error();
    open.value().bind(1, from).bind(2, to);
    auto overlapping = open.value().step();
    if (!overlapping)
        return overlapping.error();
    if (overlapping.value())
        return Error(ErrorCode::AlreadyExists,
                     ReviewText::overlapsOpen(open.value().integer(0), open.value().text(1)));

    // The events timed in the period, as the range of their places in the chain.
    auto range = db.prepare(
        "SELECT min(seq), max(seq) FROM audit_events WHERE time_utc >= ?1 AND time_utc < ?2");
    if (!range)
        return range.error();
    range.value().bind(1, from).bind(2, to);
    if (auto row = range.value().step(); !row)
        return row.error();
    const qint64 firstSeq = range.value().optionalInteger(0).value_or(0);
    const qint64 lastSeq = range.value().optionalInteger(1).value_or(0);
    auto lastHash = eventHash(db, lastSeq);
    if (!lastHash)
        return lastHash.error();
    auto events = countEvents(db, firstSeq, lastSeq);
    if (!events)
        return events.error();

    auto flaggedQuery =
        db.prepare("SELECT DISTINCT seq FROM audit_flags WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq");
    if (!flaggedQuery)
        return flaggedQuery.error();
    flaggedQuery.value().bind(1, firstSeq).bind(2, lastSeq);
    auto flagged =
        flaggedQuery.value().collect<qint64>([](const Statement& s) { return s.integer(0); });
    if (!flagged)
        return flagged.error();
    auto sample = drawSample(db, period, firstSeq, lastSeq, lastHash.value());
    if (!sample)
        return sample.error();

    auto insert = db.prepare("INSERT INTO audit_reviews (period_start, period_end, first_seq, "
                             "last_seq, started_by, started_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return insert.error();
    insert.value().bind(1, from).bind(2, to).bind(5, session.userId).bind(6, storage(now));
    if (lastSeq > 0)
        insert.value().bind(3, firstSeq).bind(4, lastSeq);
    else
        insert.value().bindNull(3).bindNull(4);
    if (auto inserted = insert.value().run(); !inserted)
        return inserted.error();
    const qint64 reviewId = db.lastInsertRowId();

    auto item =
        db.prepare("INSERT INTO audit_review_items (review_id, seq, kind) VALUES (?1, ?2, ?3)");
    if (!item)
        return item.error();
    auto addItems = [&](const QList<qint64>& seqs, const QString& kind) -> Status {
        for (qint64 seq : seqs) {
            item.value().reset();
            item.value().bind(1, reviewId).bind(2, seq).bind(3, kind);
            if (auto added = item.value().run(); !added)
                return added.error();
        }
        return {};
    };
    if (auto added = addItems(flagged.value(), QStringLiteral("flagged")); !added)
        return added.error();
    if (auto added = addItems(sample.value(), QStringLiteral("sample")); !added)
        return added.error();

    AuditRecord started = reviewRecord(AuditAction::auditReviewStarted(), reviewId,
                                       AuditOutcome::Success, session.clientName());
    started.details.insert(QStringLiteral("period_start"), from);
    started.details.insert(QStringLiteral("period_end"), to);
    started.details.insert(QStringLiteral("first_seq"), firstSeq);
    started.details.insert(QStringLiteral("last_seq"), lastSeq);
    started.details.insert(QStringLiteral("events"), events.value());
    started.details.insert(QStringLiteral("flagged"), static_cast<qint64>(flagged->size()));
    started.details.insert(QStringLiteral("sampled"), static_cast<qint64>(sample->size()));
    started.details.insert(QStringLiteral("last_sha256"),
                           QString::fromLatin1(lastHash.value().toHex()));
    if (auto appended = m_station.auditLog().append(tx.value(), session.actor(), started);
        !appended)
        return appended.error();
    auto review = loadReview(db, reviewId);
    if (!review)
        return review.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return review;
}

Result<AuditReview> AuditReviewService::review(const Session& session, qint64 reviewId) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    return loadReview(m_station.database(), reviewId);
}

Result<QList<AuditReview>> AuditReviewService::reviews(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        QByteArray(kSelectReviews).append("ORDER BY r.period_start DESC, r.id DESC").constData());
    if (!stmt)
        return stmt.error();
    return stmt.value().collect<AuditReview>(readReview);
}

Result<QList<AuditReviewItem>> AuditReviewService::items(const Session& session, qint64 reviewId) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto review = loadReview(db, reviewId); !review)
        return review.error();
    auto items = loadItems(db, reviewId);
    if (!items)
        return items.error();
    AuditRecord viewed = reviewRecord(AuditAction::auditViewed(), reviewId, AuditOutcome::Success,
                                      session.clientName());
    viewed.details.insert(QStringLiteral("events_shown"), static_cast<qint64>(items->size()));
    if (auto appended = m_station.auditLog().append(tx.value(), session.actor(), viewed); !appended)
        return appended.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return items;
}

Result<AuditReviewItem> AuditReviewService::checkItem(const Session& session, qint64 reviewId,
                                                      qint64 seq, const QString& note) {
    if (auto active = m_station.requireActive(session, Permission::ReviewAudit); !active)
        return active.error();
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto review = loadReview(db, reviewId);
    if (!review)
        return review.error();
    if (review->isSigned())
        return Error(ErrorCode::InvalidArgument, ReviewText::alreadySigned(reviewId));
    auto found = loadItems(db, reviewId, seq);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound, ReviewText::itemNotFound(seq, reviewId));
    const AuditReviewItem& item = found->first();
    if (item.isChecked())
        return Error(ErrorCode::AlreadyExists, ReviewText::alreadyChecked(seq, item.checkedByName));
    const QString trimmed = note.trimmed();
    if (item.kind == AuditReviewItem::Kind::Flagged && trimmed.isEmpty())
        return Error(ErrorCode::InvalidArgument, ReviewText::flaggedNeedsNote(seq));

    const QDateTime now = m_station.clock().nowUtc();
    auto update = db.prepare("UPDATE audit_review_items SET checked_by = ?1, checked_utc = ?2, "
                             "note = ?3 WHERE review_id = ?4 AND seq = ?5");
    if (!update)
        return update.error();
    update.value()
        .bind(1, session.userId)
        .bind(2, storage(now))
        .bindOptional(3, trimmed)
        .bind(4, reviewId)
        .bind(5, seq);
    if (auto updated = update.value().run(); !updated)
        return updated.error();

    AuditRecord checked = reviewRecord(AuditAction::auditReviewItemChecked(), reviewId,
                                       AuditOutcome::Success, session.clientName());
    checked.details.insert(QStringLiteral("seq"), seq);
    checked.details.insert(QStringLiteral("kind"), kindName(item.kind));
    if (!trimmed.isEmpty())
        checked.details.insert(QStringLiteral("note"), trimmed);
    if (auto appended = m_station.auditLog().append(tx.value(), session.actor(), checked);
        !appended)
        return appended.error();
    auto result = loadItems(db, reviewId, seq);
    if (!result)
        return result.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result->first();
}

Result<AuditReviewSigning> AuditReviewService::prepareSign(const Session& session, qint64 reviewId,
                                                           const QString& note) {
    if (auto active = m_station.requireActive(session, Permission::ReviewAudit); !active)
        return active.error();
    const QString trimmed = note.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidArgument, ReviewText::signNoteRequired());
    auto review = loadReview(m_station.database(), reviewId);
    if (!review)
        return review.error();
    if (review->isSigned())
        return Error(ErrorCode::InvalidArgument, ReviewText::alreadySigned(reviewId));
    if (!review->allChecked())
        return Error(ErrorCode::InvalidArgument,
                     ReviewText::notAllChecked(review->itemCount - review->checkedCount));
    return AuditReviewSigning(m_station.store(), m_station.auditLog(), session.actor(),
                              session.clientName(), reviewId, trimmed);
}

Result<AuditReview> AuditReviewService::sign(const Session& session, qint64 reviewId,
                                             const QString& note, const ReviewProgress& progress) {
    auto job = prepareSign(session, reviewId, note);
    if (!job)
        return job.error();
    return job->run(progress);
}

Result<AuditReviewChecking> AuditReviewService::prepareCheck(const Session& session,
                                                             qint64 reviewId) {
    if (auto active = m_station.requireActive(session, Permission::ReviewAudit); !active)
        return active.error();
    auto review = loadReview(m_station.database(), reviewId);
    if (!review)
        return review.error();
    if (!review->isSigned())
        return Error(ErrorCode::InvalidArgument, ReviewText::notSigned(reviewId));
    return AuditReviewChecking(m_station.store(), m_station.auditLog(), session.actor(),
                               session.clientName(), reviewId);
}

Result<AuditReviewCheck> AuditReviewService::check(const Session& session, qint64 reviewId,
                                                   const ReviewProgress& progress) {
    auto job = prepareCheck(session, reviewId);
    if (!job)
        return job.error();
    return job->run(progress);
}

Result<QList<AuditPeriod>> AuditReviewService::unreviewedPeriods(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ViewAudit); !active)
        return active.error();
    Database& db = m_station.database();
    QList<AuditPeriod> periods;
    auto first = db.queryText("SELECT time_utc FROM audit_events ORDER BY seq LIMIT 1");
    if (!first)
        return first.error();
    const QDateTime firstUtc = TimeFormat::fromStorage(first.value());
    if (!firstUtc.isValid())
        return periods;

    auto stmt = db.prepare("SELECT period_start, period_end FROM audit_reviews "
                           "WHERE signed_utc IS NOT NULL ORDER BY period_start");
    if (!stmt)
        return stmt.error();
    auto signedPeriods =
        stmt.value().collect<std::pair<QDateTime, QDateTime>>([](const Statement& s) {
            return std::make_pair(TimeFormat::fromStorage(s.text(0)),
                                  TimeFormat::fromStorage(s.text(1)));
        });
    if (!signedPeriods)
        return signedPeriods.error();

    const AuditPeriod last = lastCompletedQuarter(m_station.clock().nowUtc());
    for (AuditPeriod quarter = quarterOf(firstUtc.toLocalTime().date());
         quarter.startUtc <= last.startUtc;
         quarter = quarterOf(quarter.startUtc.toLocalTime().date().addMonths(3))) {
        // Covered when the signed periods, together, reach from its start to its end.
        QDateTime reached = quarter.startUtc;
        for (const auto& [start, end] : signedPeriods.value()) {
            if (start <= reached && end > reached)
                reached = end;
        }
        if (reached < quarter.endUtc)
            periods.append(quarter);
    }
    return periods;
}

// --- signing -------------------------------------------------------------------

AuditReviewSigning::AuditReviewSigning(const Store& store, const AuditLog& log, AuditActor actor,
                                       QString client, qint64 reviewId, QString note)
    : m_store(&store)
    , m_log(&log)
    , m_actor(std::move(actor))
    , m_client(std::move(client))
    , m_reviewId(reviewId)
    , m_note(std::move(note)) {}

Result<AuditReview> AuditReviewSigning::run(const ReviewProgress& progress) const {
    auto connection = m_store->openConnection();
    if (!connection)
        return connection.error();
    Database& db = *connection.value();
    auto chain = AuditLog::verify(db, progress);
    if (!chain)
        return chain.error();

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Checked again: someone may have signed it, or the items changed, meanwhile.
    auto loaded = loadReview(db, m_reviewId);
    if (!loaded)
        return loaded.error();
    AuditReview review = loaded.value();
    if (review.isSigned())
        return Error(ErrorCode::InvalidArgument, ReviewText::alreadySigned(m_reviewId));
    auto items = countItems(db, m_reviewId);
    if (!items)
        return items.error();
    if (items->unchecked > 0)
        return Error(ErrorCode::InvalidArgument, ReviewText::notAllChecked(items->unchecked));
    auto events = countEvents(db, review.firstSeq, review.lastSeq);
    if (!events)
        return events.error();
    auto lastHash = eventHash(db, review.lastSeq);
    if (!lastHash)
        return lastHash.error();

    review.signedBy = m_actor.userId;
    review.note = m_note;
    review.eventsCount = events.value();
    review.flaggedCount = items->flagged;
    review.sampledCount = items->sampled;
    review.chainIntact = chain->intact;
    review.chainStatus = chain->intact ? QStringLiteral("intact") : chain->problem;
    review.lastHash = lastHash.value();

    AuditRecord record =
        reviewRecord(AuditAction::auditReviewSigned(), m_reviewId, AuditOutcome::Success, m_client);
    const QJsonObject figures = signedFigures(review);
    for (auto it = figures.begin(); it != figures.end(); ++it)
        record.details.insert(it.key(), it.value());
    record.details.insert(QStringLiteral("events_verified"), chain->eventsChecked);
    if (!chain->intact)
        record.details.insert(QStringLiteral("first_broken_seq"), chain->firstBrokenSeq);
    auto event = m_log->append(tx.value(), m_actor, record);
    if (!event)
        return event.error();

    auto update = db.prepare(
        "UPDATE audit_reviews SET signed_by = ?1, signed_utc = ?2, note = ?3, events_count = ?4, "
        "flagged_count = ?5, sampled_count = ?6, chain_intact = ?7, chain_status = ?8, "
        "last_hash = ?9, signed_seq = ?10 WHERE id = ?11 AND signed_utc IS NULL");
    if (!update)
        return update.error();
    update.value()
        .bind(1, review.signedBy)
        .bind(2, storage(event->timeUtc))
        .bind(3, review.note)
        .bind(4, review.eventsCount)
        .bind(5, review.flaggedCount)
        .bind(6, review.sampledCount)
        .bind(7, review.chainIntact)
        .bind(8, review.chainStatus)
        .bind(10, event->seq)
        .bind(11, m_reviewId);
    if (review.lastHash.isEmpty())
        update.value().bindNull(9);
    else
        update.value().bindBlob(9, review.lastHash);
    if (auto updated = update.value().run(); !updated)
        return updated.error();
    auto result = loadReview(db, m_reviewId);
    if (!result)
        return result.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result;
}

// --- checking ------------------------------------------------------------------

AuditReviewChecking::AuditReviewChecking(const Store& store, const AuditLog& log, AuditActor actor,
                                         QString client, qint64 reviewId)
    : m_store(&store)
    , m_log(&log)
    , m_actor(std::move(actor))
    , m_client(std::move(client))
    , m_reviewId(reviewId) {}

Result<AuditReviewCheck> AuditReviewChecking::run(const ReviewProgress& progress) const {
    auto connection = m_store->openConnection();
    if (!connection)
        return connection.error();
    Database& db = *connection.value();
    auto loaded = loadReview(db, m_reviewId);
    if (!loaded)
        return loaded.error();
    const AuditReview& review = loaded.value();
    if (!review.isSigned())
        return Error(ErrorCode::InvalidArgument, ReviewText::notSigned(m_reviewId));

    AuditReviewCheck result;
    result.reviewId = m_reviewId;
    auto chain = AuditLog::verifyUpTo(db, review.lastSeq, progress);
    if (!chain)
        return chain.error();
    result.chain = chain.value();
    if (!result.chain.intact)
        result.changes.append(ReviewText::chainBroken(result.chain.problem));

    // What the signature vouches for, against what is stored now.
    auto lastHash = eventHash(db, review.lastSeq);
    if (!lastHash)
        return lastHash.error();
    result.lastHashNow = lastHash.value();
    if (review.lastSeq > 0 && result.lastHashNow.isEmpty())
        result.changes.append(ReviewText::lastEventGone(review.lastSeq));
    else if (result.lastHashNow != review.lastHash)
        result.changes.append(ReviewText::lastHashChanged(review.lastSeq));
    auto events = countEvents(db, review.firstSeq, review.lastSeq);
    if (!events)
        return events.error();
    result.eventsNow = events.value();
    if (result.eventsNow != review.eventsCount)
        result.changes.append(ReviewText::countChanged(result.eventsNow, review.eventsCount,
                                                       review.firstSeq, review.lastSeq));
    auto items = countItems(db, m_reviewId);
    if (!items)
        return items.error();
    if (items->flagged != review.flaggedCount || items->sampled != review.sampledCount)
        result.changes.append(ReviewText::itemsChanged(items->flagged, items->sampled,
                                                       review.flaggedCount, review.sampledCount));
    if (items->unchecked > 0)
        result.changes.append(ReviewText::itemsUnchecked(items->unchecked));

    // The review row against its signature, which is in the chain: the
    // event must be the one signed, unedited, and still linked to the next.
    auto signature = eventAt(db, review.signedSeq);
    if (!signature)
        return signature.error();
    if (!signature->has_value()) {
        result.changes.append(ReviewText::signatureMissing(review.signedSeq));
    } else {
        const AuditEvent& event = *signature.value();
        bool intact = AuditLog::computeHash(event) == event.hash;
        auto next = eventAt(db, review.signedSeq + 1);
        if (!next)
            return next.error();
        if (next->has_value()) {
            intact = intact && next.value()->prevHash == event.hash;
        } else {
            auto head = AuditLog::head(db);
            if (!head)
                return head.error();
            intact = intact && head->hash == event.hash;
        }
        const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
        if (!intact) {
            result.changes.append(ReviewText::signatureEdited(event.seq));
        } else if (event.action != AuditAction::auditReviewSigned() ||
                   event.target != QString::number(m_reviewId) ||
                   details.value(QStringLiteral("review_id")).toInteger() != m_reviewId) {
            result.changes.append(ReviewText::signatureNotThis(event.seq));
        } else {
            const QJsonObject now = signedFigures(review);
            for (auto it = now.begin(); it != now.end(); ++it) {
                const QString stored = jsonText(it.value());
                const QString signedAs = jsonText(details.value(it.key()));
                if (stored != signedAs)
                    result.changes.append(ReviewText::fieldChanged(it.key(), stored, signedAs));
            }
            if (event.userId != review.signedBy)
                result.changes.append(ReviewText::fieldChanged(
                    QStringLiteral("signed_by"), QString::number(review.signedBy.value_or(0)),
                    event.userId ? QString::number(*event.userId) : QString()));
            if (storage(event.timeUtc) != storage(review.signedUtc))
                result.changes.append(ReviewText::fieldChanged(QStringLiteral("signed_utc"),
                                                               storage(review.signedUtc),
                                                               storage(event.timeUtc)));
        }
    }
    result.changes.removeDuplicates();
    result.unchanged = result.changes.isEmpty();

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    AuditRecord record =
        reviewRecord(AuditAction::auditReviewChecked(), m_reviewId,
                     result.unchanged ? AuditOutcome::Success : AuditOutcome::Failure, m_client);
    record.details.insert(QStringLiteral("unchanged"), result.unchanged);
    record.details.insert(QStringLiteral("last_seq"), review.lastSeq);
    record.details.insert(QStringLiteral("events_verified"), result.chain.eventsChecked);
    if (!result.unchanged)
        record.details.insert(QStringLiteral("changes"),
                              QJsonArray::fromStringList(result.changes));
    if (auto appended = m_log->append(tx.value(), m_actor, record); !appended)
        return appended.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return result;
}

} // namespace pl::core
