#include "core/reads/ReadRecordService.h"

#include "core/import/ReadWriter.h"
#include "core/station/Station.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pl::core {

namespace {

class ReadText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ReadRecordService)
public:
    static QString missing(qint64 id) {
        return tr("Read %1 is not in the store (it may have been purged).").arg(id);
    }
};

std::optional<double> optionalReal(const Statement& row, int column) {
    if (row.isNull(column))
        return std::nullopt;
    return row.real(column);
}

// A live read's extra details: the reader's candidates and per-character
// confidences (imported reads keep their dump's extra columns instead).
void addReaderDetails(ReadRecord& record, const QString& extra) {
    if (extra.isEmpty())
        return;
    const QJsonObject details = QJsonDocument::fromJson(extra.toUtf8()).object();
    for (const QJsonValue& value : details.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject candidate = value.toObject();
        const QString text = candidate.value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            record.candidates.append(
                {text, candidate.value(QStringLiteral("confidence")).toDouble()});
    }
    for (const QJsonValue& value : details.value(QStringLiteral("charConfidences")).toArray())
        record.charConfidences.append(value.toDouble());
}

} // namespace

ReadRecordService::ReadRecordService(Station& station)
    : m_station(station) {}

Result<ReadRecord> ReadRecordService::record(const Session& session, qint64 readId) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    Database& db = m_station.database();
    auto query = db.prepare(
        "SELECT r.id, r.plate, r.plate_raw, r.state, r.time_ms, r.device_id, d.name, r.latitude, "
        "r.longitude, r.address, r.confidence, r.source, i.file_name, r.source_line, r.extra "
        "FROM reads r JOIN devices d ON d.id = r.device_id "
        "LEFT JOIN imports i ON i.id = r.import_id WHERE r.id = ?1");
    if (!query)
        return query.error();
    Statement& row = query.value();
    row.bind(1, readId);
    auto found = row.step();
    if (!found)
        return found.error();
    if (!found.value())
        return Error(ErrorCode::NotFound, ReadText::missing(readId));
    ReadRecord record;
    record.id = row.integer(0);
    record.plate = row.text(1);
    record.plateRaw = row.text(2);
    record.state = row.text(3);
    record.timeUtc = QDateTime::fromMSecsSinceEpoch(row.integer(4), Qt::UTC);
    record.deviceId = row.integer(5);
    record.deviceName = row.text(6);
    record.latitude = optionalReal(row, 7);
    record.longitude = optionalReal(row, 8);
    record.address = row.text(9);
    record.confidence = optionalReal(row, 10);
    record.source = row.text(11);
    record.importFile = row.text(12);
    record.sourceLine = row.optionalInteger(13);
    addReaderDetails(record, row.text(14));

    auto images = db.prepare("SELECT kind, data FROM read_images WHERE read_id = ?1");
    if (!images)
        return images.error();
    images.value().bind(1, readId);
    while (true) {
        auto next = images.value().step();
        if (!next)
            return next.error();
        if (!next.value())
            break;
        const QString kind = images.value().text(0);
        if (kind == QLatin1String("plate"))
            record.plateImage = images.value().blob(1);
        else if (kind == QLatin1String("overview") ||
                 (kind == QLatin1String("frame") && record.sceneImage.isEmpty()))
            record.sceneImage = images.value().blob(1);
    }
    return record;
}

Result<QByteArray> ReadRecordService::plateImage(const Session& session, qint64 readId) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    auto query = m_station.database().prepare(
        "SELECT data FROM read_images WHERE read_id = ?1 AND kind = 'plate'");
    if (!query)
        return query.error();
    query.value().bind(1, readId);
    auto found = query.value().step();
    if (!found)
        return found.error();
    return found.value() ? query.value().blob(0) : QByteArray();
}

Result<QList<Device>> ReadRecordService::devices(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    return ReadWriter::listDevices(m_station.database());
}

} // namespace pl::core
