#include "core/geo/SensitiveLocationService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/import/CsvReader.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace pl::core {

namespace {
class SensitiveText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::SensitiveLocationService)
public:
    static QString nameRequired() { return tr("Give the location a name."); }
    static QString nameTooLong() { return tr("A location's name has at most 200 characters."); }
    static QString badCategory(const QString& category) {
        return tr("\"%1\" is not a category of sensitive location; use school, worship, "
                  "medical or other.")
            .arg(category);
    }
    static QString badLatitude() {
        return tr("The latitude must be a number from -90 to 90 (decimal degrees).");
    }
    static QString badLongitude() {
        return tr("The longitude must be a number from -180 to 180 (decimal degrees).");
    }
    static QString notFound(qint64 id) { return tr("There is no sensitive location %1.").arg(id); }
    static QString removed(const QString& name) {
        return tr("The location \"%1\" was removed; it can no longer be changed.").arg(name);
    }
    static QString reasonRequired() { return tr("Give the reason the location is removed."); }
    static QString line(qint64 line, const QString& problem) {
        return tr("Line %1: %2").arg(line).arg(problem);
    }
    static QString notANumber(const QString& column, const QString& text) {
        return tr("the %1 \"%2\" is not a number.").arg(column, text);
    }
    static QString columnCount(int expected, int found) {
        return tr("expected %1 fields as in the header, found %2.").arg(expected).arg(found);
    }
    static QString noHeader() {
        return tr("The file is empty. It needs a header line naming the columns name, "
                  "category, latitude, longitude and optionally note.");
    }
    static QString missingColumn(const QString& column) {
        return tr("The header line has no column \"%1\"; it needs name, category, latitude, "
                  "longitude and optionally note.")
            .arg(column);
    }
    static QString unknownColumn(const QString& column) {
        return tr("The header line names a column \"%1\"; only name, category, latitude, "
                  "longitude and note are known.")
            .arg(column);
    }
    static QString duplicateColumn(const QString& column) {
        return tr("The header line names the column \"%1\" twice.").arg(column);
    }
    static QString noRows() { return tr("The file holds no locations below its header line."); }
    static QString refused(int bad, const QStringList& problems) {
        return tr("The file was not imported and nothing was stored: %n line(s) are wrong.",
                  nullptr, bad) +
               QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    }
    static QString latitudeColumn() { return tr("latitude"); }
    static QString longitudeColumn() { return tr("longitude"); }
};

const char* const kColumns =
    "SELECT s.id, s.name, s.category, s.latitude, s.longitude, COALESCE(s.note, ''), "
    "s.created_utc, COALESCE(cu.name, ''), s.changed_utc, COALESCE(gu.name, ''), s.removed_utc, "
    "COALESCE(ru.name, ''), COALESCE(s.removed_reason, '') FROM sensitive_locations s "
    "LEFT JOIN users cu ON cu.id = s.created_by LEFT JOIN users gu ON gu.id = s.changed_by "
    "LEFT JOIN users ru ON ru.id = s.removed_by ";

QDateTime optionalTime(const Statement& row, int column) {
    return row.isNull(column) ? QDateTime() : TimeFormat::fromStorage(row.text(column));
}

SensitiveLocation fromRow(const Statement& row) {
    SensitiveLocation s;
    s.id = row.integer(0);
    s.name = row.text(1);
    s.category = row.text(2);
    s.latitude = row.real(3);
    s.longitude = row.real(4);
    s.note = row.text(5);
    s.createdUtc = TimeFormat::fromStorage(row.text(6));
    s.createdByName = row.text(7);
    s.changedUtc = optionalTime(row, 8);
    s.changedByName = row.text(9);
    s.removedUtc = optionalTime(row, 10);
    s.removedByName = row.text(11);
    s.removedReason = row.text(12);
    return s;
}

SensitiveLocationInput normalised(const SensitiveLocationInput& input) {
    SensitiveLocationInput n = input;
    n.name = input.name.simplified();
    n.category = input.category.trimmed().toLower();
    n.note = input.note.trimmed();
    return n;
}

QJsonObject describe(const QString& name, const QString& category, double latitude,
                     double longitude, const QString& note) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("category"), category);
    o.insert(QStringLiteral("latitude"), latitude);
    o.insert(QStringLiteral("longitude"), longitude);
    o.insert(QStringLiteral("note"), note);
    return o;
}

QJsonObject describe(const SensitiveLocation& s) {
    return describe(s.name, s.category, s.latitude, s.longitude, s.note);
}

Status insertLocation(Database& db, const SensitiveLocationInput& input, qint64 userId,
                      const QString& nowText) {
    auto insert = db.prepare("INSERT INTO sensitive_locations (name, category, latitude, "
                             "longitude, note, created_utc, created_by) VALUES (?1, ?2, ?3, ?4, "
                             "?5, ?6, ?7)");
    if (!insert)
        return insert.error();
    insert.value()
        .bind(1, input.name)
        .bind(2, input.category)
        .bind(3, input.latitude)
        .bind(4, input.longitude)
        .bindOptional(5, input.note)
        .bind(6, nowText)
        .bind(7, userId);
    return insert.value().run();
}

std::optional<double> parseDegrees(const QString& text) {
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

SensitiveLocationService::SensitiveLocationService(Station& station)
    : m_station(station) {}

Status SensitiveLocationService::requireReader(const Session& session) const {
    auto viewer = m_station.requireActive(session, Permission::ViewMap);
    if (viewer || viewer.error().code() != ErrorCode::PermissionDenied)
        return viewer;
    return m_station.requireActive(session, Permission::ManagePolicy);
}

Status SensitiveLocationService::validate(const SensitiveLocationInput& raw) {
    const SensitiveLocationInput input = normalised(raw);
    if (input.name.isEmpty())
        return Error(ErrorCode::InvalidArgument, SensitiveText::nameRequired());
    if (input.name.size() > 200)
        return Error(ErrorCode::InvalidArgument, SensitiveText::nameTooLong());
    if (!SensitiveLocation::isKnownCategory(input.category))
        return Error(ErrorCode::InvalidArgument, SensitiveText::badCategory(raw.category));
    if (!std::isfinite(input.latitude) || std::abs(input.latitude) > 90.0)
        return Error(ErrorCode::InvalidArgument, SensitiveText::badLatitude());
    if (!std::isfinite(input.longitude) || std::abs(input.longitude) > 180.0)
        return Error(ErrorCode::InvalidArgument, SensitiveText::badLongitude());
    return {};
}

Result<SensitiveLocation> SensitiveLocationService::load(Database& db, qint64 id) {
    auto stmt = db.prepare(QByteArray(QByteArray(kColumns) + "WHERE s.id = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    auto found = stmt.value().collect<SensitiveLocation>(fromRow);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error(ErrorCode::NotFound, SensitiveText::notFound(id));
    return found.value().first();
}

Result<QList<SensitiveLocation>> SensitiveLocationService::list(const Session& session,
                                                                bool includeRemoved) {
    if (auto allowed = requireReader(session); !allowed)
        return allowed.error();
    auto stmt = m_station.database().prepare(QByteArray(QByteArray(kColumns) +
                                                        "WHERE ?1 OR s.removed_utc IS NULL "
                                                        "ORDER BY s.name COLLATE NOCASE, s.id")
                                                 .constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, includeRemoved);
    return stmt.value().collect<SensitiveLocation>(fromRow);
}

Result<SensitiveLocation> SensitiveLocationService::add(const Session& session,
                                                        const SensitiveLocationInput& raw) {
    if (auto active = m_station.requireActive(session, Permission::ManagePolicy); !active)
        return active.error();
    if (auto valid = validate(raw); !valid)
        return valid.error();
    const SensitiveLocationInput input = normalised(raw);
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = TimeFormat::toStorage(m_station.clock().nowUtc());
    if (auto stored = insertLocation(db, input, session.userId, now); !stored)
        return stored.error();
    auto created = load(db, db.lastInsertRowId());
    if (!created)
        return created.error();
    AuditRecord record{AuditAction::sensitiveLocationAdded(), AuditOutcome::Success,
                       QStringLiteral("sensitive_location"), QString::number(created->id)};
    record.details = describe(created.value());
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return created;
}

Result<SensitiveLocation> SensitiveLocationService::edit(const Session& session, qint64 id,
                                                         const SensitiveLocationInput& raw) {
    if (auto active = m_station.requireActive(session, Permission::ManagePolicy); !active)
        return active.error();
    if (auto valid = validate(raw); !valid)
        return valid.error();
    const SensitiveLocationInput input = normalised(raw);
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto before = load(db, id);
    if (!before)
        return before.error();
    if (before->isRemoved())
        return Error(ErrorCode::InvalidArgument, SensitiveText::removed(before->name));
    const QJsonObject from = describe(before.value());
    const QJsonObject to =
        describe(input.name, input.category, input.latitude, input.longitude, input.note);
    QJsonObject changed;
    for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
        if (it.value() != to.value(it.key()))
            changed.insert(it.key(), QJsonObject{{QStringLiteral("from"), it.value()},
                                                 {QStringLiteral("to"), to.value(it.key())}});
    }
    if (changed.isEmpty())
        return before;

    auto update = db.prepare("UPDATE sensitive_locations SET name = ?1, category = ?2, "
                             "latitude = ?3, longitude = ?4, note = ?5, changed_utc = ?6, "
                             "changed_by = ?7 WHERE id = ?8");
    if (!update)
        return update.error();
    update.value()
        .bind(1, input.name)
        .bind(2, input.category)
        .bind(3, input.latitude)
        .bind(4, input.longitude)
        .bindOptional(5, input.note)
        .bind(6, TimeFormat::toStorage(m_station.clock().nowUtc()))
        .bind(7, session.userId)
        .bind(8, id);
    if (auto stored = update.value().run(); !stored)
        return stored.error();
    auto after = load(db, id);
    if (!after)
        return after.error();
    AuditRecord record{AuditAction::sensitiveLocationEdited(), AuditOutcome::Success,
                       QStringLiteral("sensitive_location"), QString::number(id)};
    record.details.insert(QStringLiteral("name"), after->name);
    record.details.insert(QStringLiteral("changed"), changed);
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return after;
}

Status SensitiveLocationService::remove(const Session& session, qint64 id, const QString& reason) {
    if (auto active = m_station.requireActive(session, Permission::ManagePolicy); !active)
        return active;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(ErrorCode::InvalidArgument, SensitiveText::reasonRequired());
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto before = load(db, id);
    if (!before)
        return before.error();
    if (before->isRemoved())
        return Error(ErrorCode::InvalidArgument, SensitiveText::removed(before->name));
    auto update = db.prepare("UPDATE sensitive_locations SET removed_utc = ?1, removed_by = ?2, "
                             "removed_reason = ?3 WHERE id = ?4");
    if (!update)
        return update.error();
    update.value()
        .bind(1, TimeFormat::toStorage(m_station.clock().nowUtc()))
        .bind(2, session.userId)
        .bind(3, why)
        .bind(4, id);
    if (auto stored = update.value().run(); !stored)
        return stored;
    AuditRecord record{AuditAction::sensitiveLocationRemoved(), AuditOutcome::Success,
                       QStringLiteral("sensitive_location"), QString::number(id)};
    record.reason = why;
    record.details = describe(before.value());
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), record); !audited)
        return audited.error();
    return tx.value().commit();
}

Result<int> SensitiveLocationService::importCsv(const Session& session, const QByteArray& csv,
                                                const QString& fileName) {
    if (auto active = m_station.requireActive(session, Permission::ManagePolicy); !active)
        return active.error();

    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    SourceRecord record;

    // The header: the first line that is not blank.
    QHash<QString, int> columns;
    int fieldCount = 0;
    qint64 headerLine = 0;
    QString headerError;
    while (headerLine == 0) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!more.value()) {
            headerError = SensitiveText::noHeader();
            break;
        }
        if (record.cells.isEmpty())
            continue;
        headerLine = record.line;
        fieldCount = static_cast<int>(record.cells.size());
        static const QStringList known = {QStringLiteral("name"), QStringLiteral("category"),
                                          QStringLiteral("latitude"), QStringLiteral("longitude"),
                                          QStringLiteral("note")};
        for (int i = 0; i < fieldCount && headerError.isEmpty(); ++i) {
            QString column = record.cells[i].text.trimmed().toLower();
            if (!known.contains(column))
                headerError = SensitiveText::line(
                    record.line, SensitiveText::unknownColumn(record.cells[i].text.trimmed()));
            else if (columns.contains(column))
                headerError =
                    SensitiveText::line(record.line, SensitiveText::duplicateColumn(column));
            else
                columns.insert(column, i);
        }
        for (int i = 0; i < 4 && headerError.isEmpty(); ++i) {
            if (!columns.contains(known[i]))
                headerError =
                    SensitiveText::line(record.line, SensitiveText::missingColumn(known[i]));
        }
    }

    QList<SensitiveLocationInput> rows;
    QStringList problems;
    if (headerError.isEmpty()) {
        const int noteColumn = columns.value(QStringLiteral("note"), -1);
        while (true) {
            auto more = reader.next(record);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            if (record.cells.isEmpty())
                continue;
            if (record.cells.size() != fieldCount) {
                problems.append(SensitiveText::line(
                    record.line,
                    SensitiveText::columnCount(fieldCount, static_cast<int>(record.cells.size()))));
                continue;
            }
            auto cell = [&](const QString& column) {
                return record.cells[columns.value(column)].text.trimmed();
            };
            SensitiveLocationInput input;
            input.name = cell(QStringLiteral("name"));
            input.category = cell(QStringLiteral("category"));
            if (noteColumn >= 0)
                input.note = record.cells[noteColumn].text.trimmed();
            const QString latitudeText = cell(QStringLiteral("latitude"));
            const QString longitudeText = cell(QStringLiteral("longitude"));
            const auto latitude = parseDegrees(latitudeText);
            const auto longitude = parseDegrees(longitudeText);
            if (!latitude) {
                problems.append(SensitiveText::line(
                    record.line,
                    SensitiveText::notANumber(SensitiveText::latitudeColumn(), latitudeText)));
                continue;
            }
            if (!longitude) {
                problems.append(SensitiveText::line(
                    record.line,
                    SensitiveText::notANumber(SensitiveText::longitudeColumn(), longitudeText)));
                continue;
            }
            input.latitude = *latitude;
            input.longitude = *longitude;
            if (auto valid = validate(input); !valid) {
                problems.append(SensitiveText::line(record.line, valid.error().message()));
                continue;
            }
            rows.append(normalised(input));
        }
        if (problems.isEmpty() && rows.isEmpty())
            headerError = SensitiveText::noRows();
    }

    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    AuditRecord audit{AuditAction::sensitiveLocationsImported(), AuditOutcome::Success,
                      QStringLiteral("file"), fileName};
    audit.details.insert(QStringLiteral("file_sha256"), sha256);

    if (!headerError.isEmpty() || !problems.isEmpty()) {
        // Refused whole; the refusal is recorded, nothing else.
        const QString message =
            headerError.isEmpty()
                ? SensitiveText::refused(static_cast<int>(problems.size()), problems)
                : headerError;
        audit.action = AuditAction::sensitiveLocationsImportRefused();
        audit.outcome = AuditOutcome::Refused;
        audit.details.insert(QStringLiteral("rows"),
                             static_cast<int>(rows.size() + problems.size()));
        audit.details.insert(QStringLiteral("bad_rows"), static_cast<int>(problems.size()));
        if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), audit);
            !audited)
            return audited.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        return Error(ErrorCode::InvalidArgument, message);
    }

    const QString now = TimeFormat::toStorage(m_station.clock().nowUtc());
    QJsonObject byCategory;
    for (const SensitiveLocationInput& input : rows) {
        if (auto stored = insertLocation(db, input, session.userId, now); !stored)
            return stored.error();
        byCategory.insert(input.category, byCategory.value(input.category).toInt() + 1);
    }
    audit.details.insert(QStringLiteral("added"), static_cast<int>(rows.size()));
    audit.details.insert(QStringLiteral("by_category"), byCategory);
    if (auto audited = m_station.auditLog().append(tx.value(), session.actor(), audit); !audited)
        return audited.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return static_cast<int>(rows.size());
}

} // namespace pl::core
