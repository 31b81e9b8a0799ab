#include "core/audit/AuditLog.h"

#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/Sodium.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace pl::core {

namespace {

class AuditText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AuditLog)
public:
    static QString missing(qint64 from, qint64 to, const QString& event) {
        if (from == to)
            return tr("Event #%1 is missing (deleted) before %2.").arg(from).arg(event);
        return tr("Events #%1 to #%2 are missing (deleted) before %3.")
            .arg(from)
            .arg(to)
            .arg(event);
    }
    static QString badLink(const QString& event) {
        return tr("%1 does not link to the event before it: an event was deleted, inserted or "
                  "moved here.")
            .arg(event);
    }
    static QString badHash(const QString& event) {
        return tr("%1 does not match its recorded hash: it was edited or moved.").arg(event);
    }
    static QString tailMissing(qint64 headSeq, qint64 lastSeq) {
        return tr("The chain head records event #%1 but the last event is #%2: the newest "
                  "events were deleted.")
            .arg(headSeq)
            .arg(lastSeq);
    }
    static QString headMismatch(qint64 headSeq) {
        return tr("The chain head does not match event #%1: the newest event was replaced.")
            .arg(headSeq);
    }
    static QString endMissing(qint64 from, qint64 to) {
        if (from == to)
            return tr("Event #%1 is missing (deleted).").arg(from);
        return tr("Events #%1 to #%2 are missing (deleted).").arg(from).arg(to);
    }
    static QString cancelled() { return tr("Verification was cancelled."); }
    static QString event(qint64 seq, const QString& time, const QString& action,
                         const QString& user) {
        return tr("Event #%1 (%2, %3 by %4)").arg(seq).arg(time, action, user);
    }
};

const char* const kSelectEvents =
    "SELECT seq, time_utc, user_id, user_name, on_behalf_of, action, target_kind, target, "
    "case_number, reason, details, outcome, prev_hash, hash FROM audit_events ";

// Length-prefixed fields, so that no two different events serialise alike.
void appendField(QByteArray& out, const QString& value) {
    char length[4];
    if (value.isNull()) {
        qToBigEndian<quint32>(0xFFFFFFFFu, length);
        out.append(length, 4);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    qToBigEndian<quint32>(static_cast<quint32>(utf8.size()), length);
    out.append(length, 4);
    out.append(utf8);
}

QString nullIfEmpty(const QString& value) {
    return value.isEmpty() ? QString() : value;
}

} // namespace

QString auditOutcomeName(AuditOutcome outcome) {
    switch (outcome) {
    case AuditOutcome::Success:
        return QStringLiteral("success");
    case AuditOutcome::Failure:
        return QStringLiteral("failure");
    case AuditOutcome::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("failure");
}

QString auditBreakName(AuditBreak kind) {
    switch (kind) {
    case AuditBreak::None:
        return {};
    case AuditBreak::Edited:
        return QStringLiteral("edited");
    case AuditBreak::Missing:
        return QStringLiteral("missing");
    case AuditBreak::OutOfOrder:
        return QStringLiteral("out_of_order");
    }
    return {};
}

AuditLog::AuditLog(const Clock& clock)
    : m_clock(clock) {}

QByteArray AuditLog::computeHash(const AuditEvent& event) {
    QByteArray data = event.prevHash;
    appendField(data, QString::number(event.seq));
    appendField(data, TimeFormat::toStorage(event.timeUtc));
    appendField(data, event.userId ? QString::number(*event.userId) : QString());
    appendField(data, event.userName);
    appendField(data, event.onBehalfOf);
    appendField(data, event.action);
    appendField(data, event.targetKind);
    appendField(data, event.target);
    appendField(data, event.caseNumber);
    appendField(data, event.reason);
    appendField(data, event.details);
    appendField(data, event.outcome);
    return Sodium::sha256(data);
}

AuditEvent AuditLog::readEvent(const Statement& row, int first) {
    AuditEvent event;
    event.seq = row.integer(first);
    event.timeUtc = TimeFormat::fromStorage(row.text(first + 1));
    event.userId = row.optionalInteger(first + 2);
    event.userName = row.text(first + 3);
    event.onBehalfOf = row.text(first + 4);
    event.action = row.text(first + 5);
    event.targetKind = row.text(first + 6);
    event.target = row.text(first + 7);
    event.caseNumber = row.text(first + 8);
    event.reason = row.text(first + 9);
    event.details = row.text(first + 10);
    event.outcome = row.text(first + 11);
    event.prevHash = row.blob(first + 12);
    event.hash = row.blob(first + 13);
    return event;
}

QString AuditLog::describe(const AuditEvent& event) {
    return AuditText::event(event.seq, TimeFormat::toStorage(event.timeUtc), event.action,
                            event.userName);
}

Result<AuditEvent> AuditLog::append(Transaction& tx, const AuditActor& actor,
                                    const AuditRecord& record) const {
    return appendAt(tx, actor, record, m_clock.nowUtc());
}

Result<AuditEvent> AuditLog::appendAt(Transaction& tx, const AuditActor& actor,
                                      const AuditRecord& record, const QDateTime& timeUtc) const {
    Database& db = tx.database();
    auto current = head(db);
    if (!current)
        return current.error();

    AuditEvent event;
    event.seq = current.value().seq + 1;
    // Millisecond precision, as stored, so the hash is over what is read back.
    event.timeUtc = TimeFormat::fromStorage(TimeFormat::toStorage(timeUtc));
    event.userId = actor.userId;
    event.userName = actor.userName.isEmpty() ? QStringLiteral("-") : actor.userName;
    event.onBehalfOf = nullIfEmpty(record.onBehalfOf);
    event.action = record.action;
    event.targetKind = nullIfEmpty(record.targetKind);
    event.target = nullIfEmpty(record.target);
    event.caseNumber = nullIfEmpty(record.caseNumber);
    event.reason = nullIfEmpty(record.reason);
    event.details = QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact));
    event.outcome = auditOutcomeName(record.outcome);
    event.prevHash = current.value().hash;
    event.hash = computeHash(event);

    auto stmt = db.prepare(
        "INSERT INTO audit_events (seq, time_utc, user_id, user_name, on_behalf_of, action, "
        "target_kind, target, case_number, reason, details, outcome, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, event.seq)
        .bind(2, TimeFormat::toStorage(event.timeUtc))
        .bind(3, event.userId)
        .bind(4, event.userName)
        .bind(5, event.onBehalfOf)
        .bind(6, event.action)
        .bind(7, event.targetKind)
        .bind(8, event.target)
        .bind(9, event.caseNumber)
        .bind(10, event.reason)
        .bind(11, event.details)
        .bind(12, event.outcome)
        .bindBlob(13, event.prevHash)
        .bindBlob(14, event.hash);
    if (auto inserted = stmt.value().run(); !inserted)
        return inserted.error();
    if (auto indexed = indexPlate(db, event.seq, record.details); !indexed)
        return indexed.error();
    return event;
}

QString AuditLog::indexedPlate(const QJsonObject& details) {
    // Normalised as a search's plate is: upper case, no spaces or dashes.
    QString plate = details.value(QStringLiteral("plate")).toString().toUpper();
    plate.remove(QLatin1Char(' '));
    plate.remove(QLatin1Char('-'));
    return plate;
}

Status AuditLog::indexPlate(Database& db, qint64 seq, const QJsonObject& details) {
    const QString plate = indexedPlate(details);
    if (plate.isEmpty())
        return {};
    auto stmt = db.prepare("INSERT OR IGNORE INTO audit_event_plates (plate, seq) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, plate).bind(2, seq);
    return stmt.value().run();
}

Result<AuditHead> AuditLog::head(Database& db) {
    auto stmt = db.prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return AuditHead{0, QByteArray(32, '\0')};
    return AuditHead{stmt.value().integer(0), stmt.value().blob(1)};
}

Result<qint64> AuditLog::count(Database& db) {
    return db.queryInt("SELECT count(*) FROM audit_events");
}

Result<QList<AuditEvent>> AuditLog::events(Database& db, int limit, qint64 beforeSeq) {
    const QByteArray sql =
        QByteArray(kSelectEvents).append("WHERE seq < ?1 ORDER BY seq DESC LIMIT ?2");
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    stmt.value().bind(2, static_cast<qint64>(limit));
    return stmt.value().collect<AuditEvent>([](const Statement& row) { return readEvent(row); });
}

Result<AuditVerification> AuditLog::verify(Database& db,
                                           const std::function<bool(qint64, qint64)>& progress) {
    return verifyChain(db, std::nullopt, progress);
}

Result<AuditVerification>
AuditLog::verifyUpTo(Database& db, qint64 lastSeq,
                     const std::function<bool(qint64, qint64)>& progress) {
    return verifyChain(db, std::max<qint64>(lastSeq, 0), progress);
}

Result<AuditVerification>
AuditLog::verifyChain(Database& db, std::optional<qint64> upTo,
                      const std::function<bool(qint64, qint64)>& progress) {
    // One read transaction: a consistent snapshot even while others append.
    if (auto began = db.exec("BEGIN"); !began)
        return began.error();
    struct EndRead {
        Database& db;
        ~EndRead() { (void)db.exec("COMMIT"); }
    } endRead{db};

    auto total = count(db);
    if (!total)
        return total.error();
    auto recordedHead = head(db);
    if (!recordedHead)
        return recordedHead.error();

    auto stmt =
        db.prepare(QByteArray(kSelectEvents).append("WHERE seq <= ?1 ORDER BY seq").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, upTo ? *upTo : std::numeric_limits<qint64>::max());
    const qint64 expectedTotal = upTo ? std::min(*upTo, total.value()) : total.value();

    AuditVerification result;
    result.head = recordedHead.value();
    QByteArray previousHash(32, '\0');
    qint64 expectedSeq = 1;
    auto fail = [&result](qint64 seq, AuditBreak kind, QString problem) {
        result.intact = false;
        result.breakKind = kind;
        result.firstBrokenSeq = seq;
        result.problem = std::move(problem);
    };

    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const AuditEvent event = readEvent(stmt.value());
        ++result.eventsChecked;
        if (event.seq != expectedSeq) {
            fail(event.seq, AuditBreak::Missing,
                 AuditText::missing(expectedSeq, event.seq - 1, describe(event)));
            return result;
        }
        if (event.prevHash != previousHash) {
            fail(event.seq, AuditBreak::OutOfOrder, AuditText::badLink(describe(event)));
            return result;
        }
        if (computeHash(event) != event.hash) {
            fail(event.seq, AuditBreak::Edited, AuditText::badHash(describe(event)));
            return result;
        }
        previousHash = event.hash;
        ++expectedSeq;
        if (progress && result.eventsChecked % 2000 == 0 &&
            !progress(result.eventsChecked, expectedTotal))
            return Error(ErrorCode::Cancelled, AuditText::cancelled());
    }

    const qint64 lastSeq = expectedSeq - 1;
    if (upTo) {
        // Only the part up to *upTo: the head may have moved on since.
        if (lastSeq != *upTo) {
            fail(lastSeq + 1, AuditBreak::Missing, AuditText::endMissing(lastSeq + 1, *upTo));
            return result;
        }
        result.head = AuditHead{lastSeq, previousHash};
    } else {
        if (result.head.seq != lastSeq) {
            fail(lastSeq + 1, AuditBreak::Missing,
                 AuditText::tailMissing(result.head.seq, lastSeq));
            return result;
        }
        if (lastSeq > 0 && result.head.hash != previousHash) {
            fail(lastSeq, AuditBreak::Edited, AuditText::headMismatch(lastSeq));
            return result;
        }
    }
    if (progress)
        progress(result.eventsChecked, expectedTotal);
    return result;
}

} // namespace pl::core
