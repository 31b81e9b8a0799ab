#include "core/cases/VerificationService.h"

#include "core/audit/AuditAction.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/import/PlateNormalizer.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class VerificationText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::VerificationService)
public:
    static QString readNotFound(qint64 readId) { return tr("There is no read %1.").arg(readId); }
    static QString correctedRequired() {
        return tr("A mismatch needs the plate as it really reads in the image.");
    }
    static QString correctedNotAllowed() { return tr("Only a mismatch takes a corrected plate."); }
    static QString correctedInvalid(const QString& text) {
        return tr("\"%1\" is not a valid plate: use letters A-Z and digits 0-9, at most %2 "
                  "characters.")
            .arg(text)
            .arg(PlateNormalizer().options().maxLength);
    }
    static QString correctedSame(const QString& plate) {
        return tr("The corrected plate is the same as the read (%1); record it as confirmed "
                  "instead.")
            .arg(plate);
    }
};

const char* const kVerificationColumns =
    "SELECT v.id, v.read_id, v.decision, v.corrected, v.note, v.user_id, u.name, "
    "u.display_name, v.time_utc FROM verifications v LEFT JOIN users u ON u.id = v.user_id ";

Verification verificationFromRow(const Statement& row) {
    Verification v;
    v.id = row.integer(0);
    v.readId = row.integer(1);
    v.decision =
        Verification::decisionFromName(row.text(2)).value_or(Verification::Decision::Confirmed);
    v.corrected = row.text(3);
    v.note = row.text(4);
    v.userId = row.integer(5);
    v.userName = row.text(6);
    v.userDisplayName = row.text(7);
    v.timeUtc = TimeFormat::fromStorage(row.text(8));
    return v;
}

// The read's normalised plate, or nullopt when there is no such read.
Result<std::optional<QString>> readPlate(Database& db, qint64 readId) {
    auto stmt = db.prepare("SELECT plate FROM reads WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, readId);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QString>();
    return std::optional<QString>(stmt.value().text(0));
}
} // namespace

VerificationService::VerificationService(Station& station)
    : m_station(station) {}

Result<Verification> VerificationService::record(const Session& session, qint64 readId,
                                                 Verification::Decision decision,
                                                 const QString& corrected, const QString& note) {
    if (auto active = m_station.requireActive(session, Permission::VerifyReads); !active)
        return active.error();
    QString correctedPlate;
    if (decision == Verification::Decision::Mismatch) {
        if (corrected.trimmed().isEmpty())
            return Error(ErrorCode::InvalidArgument, VerificationText::correctedRequired());
        // No junk or placeholder rules here: a person read this off the image.
        PlateNormalizer::Options options;
        options.builtInJunk = false;
        const auto normalized = PlateNormalizer(options).normalize(corrected);
        if (!normalized.ok())
            return Error(ErrorCode::InvalidArgument,
                         VerificationText::correctedInvalid(corrected.trimmed()));
        correctedPlate = normalized.normalized;
    } else if (!corrected.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidArgument, VerificationText::correctedNotAllowed());
    }

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto plate = readPlate(db, readId);
    if (!plate)
        return plate.error();
    if (!plate.value())
        return Error(ErrorCode::NotFound, VerificationText::readNotFound(readId));
    if (decision == Verification::Decision::Mismatch && correctedPlate == *plate.value())
        return Error(ErrorCode::InvalidArgument, VerificationText::correctedSame(correctedPlate));

    const QString text = note.trimmed();
    auto insert = db.prepare("INSERT INTO verifications (read_id, decision, corrected, note, "
                             "user_id, time_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, readId)
        .bind(2, Verification::decisionName(decision))
        .bindOptional(3, correctedPlate)
        .bindOptional(4, text)
        .bind(5, session.userId)
        .bind(6, TimeFormat::toStorage(m_station.clock().nowUtc()));
    if (auto stored = insert.value().run(); !stored)
        return stored.error();
    const qint64 id = db.lastInsertRowId();

    AuditRecord verified{AuditAction::readVerified(), AuditOutcome::Success, QStringLiteral("read"),
                         QString::number(readId)};
    verified.details.insert(QStringLiteral("decision"), Verification::decisionName(decision));
    verified.details.insert(QStringLiteral("plate"), *plate.value());
    if (!correctedPlate.isEmpty())
        verified.details.insert(QStringLiteral("corrected"), correctedPlate);
    verified.details.insert(QStringLiteral("verification_id"), id);
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), verified); !added)
        return added.error();

    auto stmt =
        db.prepare(QByteArray(QByteArray(kVerificationColumns) + "WHERE v.id = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    const Verification stored = verificationFromRow(stmt.value());
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return stored;
}

Status VerificationService::recordViewed(const Session& session, qint64 readId,
                                         const QString& caseNumber) {
    if (auto active = m_station.requireActive(session, Permission::VerifyReads); !active)
        return active;
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto plate = readPlate(db, readId);
    if (!plate)
        return plate.error();
    if (!plate.value())
        return Error(ErrorCode::NotFound, VerificationText::readNotFound(readId));
    AuditRecord viewed{AuditAction::readViewed(), AuditOutcome::Success, QStringLiteral("read"),
                       QString::number(readId)};
    if (!caseNumber.trimmed().isEmpty()) {
        auto file = CaseService::lookup(db, caseNumber);
        if (!file)
            return file.error();
        viewed.caseNumber = file.value().number;
    }
    viewed.details.insert(QStringLiteral("purpose"), QStringLiteral("verification"));
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), viewed); !added)
        return added.error();
    return tx.value().commit();
}

Result<QList<Verification>> VerificationService::history(const Session& session, qint64 readId) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        QByteArray(QByteArray(kVerificationColumns) + "WHERE v.read_id = ?1 ORDER BY v.id")
            .constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, readId);
    return stmt.value().collect<Verification>(verificationFromRow);
}

Result<QHash<qint64, Verification>> VerificationService::latest(const Session& session,
                                                                const QList<qint64>& readIds) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    auto stmt =
        m_station.database().prepare(QByteArray(QByteArray(kVerificationColumns) +
                                                "WHERE v.read_id = ?1 ORDER BY v.id DESC LIMIT 1")
                                         .constData());
    if (!stmt)
        return stmt.error();
    QHash<qint64, Verification> latest;
    for (const qint64 readId : readIds) {
        if (latest.contains(readId))
            continue;
        stmt.value().reset();
        stmt.value().bind(1, readId);
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (row.value())
            latest.insert(readId, verificationFromRow(stmt.value()));
    }
    return latest;
}

} // namespace pl::core
