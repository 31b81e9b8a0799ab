#include "core/import/ReadWriter.h"

#include "core/common/TimeFormat.h"
#include "core/store/Database.h"

namespace pl::core {

namespace {
QString issueOutcome(ImportRowIssue::Kind kind) {
    return kind == ImportRowIssue::Kind::Duplicate ? QStringLiteral("duplicate")
                                                   : QStringLiteral("rejected");
}

const char* const deviceColumns =
    "SELECT id, name, type, time_zone, latitude, longitude, created_utc FROM devices ";

Device deviceFrom(Statement& row) {
    Device device;
    device.id = row.integer(0);
    device.name = row.text(1);
    device.type = Device::typeFromName(row.text(2)).value_or(Device::Type::Covert);
    device.timeZone = row.text(3);
    if (!row.isNull(4))
        device.latitude = row.real(4);
    if (!row.isNull(5))
        device.longitude = row.real(5);
    device.createdUtc = TimeFormat::fromStorage(row.text(6));
    return device;
}
} // namespace

ReadWriter::ReadWriter(Database& db, qint64 importId, qint64 userId, QString createdUtc)
    : m_db(&db)
    , m_importId(importId)
    , m_userId(userId)
    , m_createdUtc(std::move(createdUtc)) {}

Result<ReadWriter> ReadWriter::create(Database& db, qint64 importId, qint64 userId,
                                      const QString& createdUtc) {
    return prepare(ReadWriter(db, importId, userId, createdUtc));
}

Result<ReadWriter> ReadWriter::createLive(Database& db, qint64 userId, const QString& createdUtc) {
    return prepare(ReadWriter(db, 0, userId, createdUtc));
}

Result<ReadWriter> ReadWriter::prepare(ReadWriter writer) {
    Database& db = *writer.m_db;
    auto insertRead = db.prepare(
        "INSERT OR IGNORE INTO reads (plate_raw, plate, match_key, state, state_raw, time_ms, "
        "time_text, "
        "device_id, latitude, longitude, location_source, confidence, heading, camera, address, "
        "source, import_id, source_line, source_ref, flags, extra) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?21, ?16, "
        "?17, ?18, ?19, ?20)");
    if (!insertRead)
        return insertRead.error();
    writer.m_insertRead.emplace(std::move(insertRead.value()));
    auto insertImage = db.prepare(
        "INSERT OR REPLACE INTO read_images (read_id, kind, source, data) VALUES (?1, ?2, ?3, ?4)");
    if (!insertImage)
        return insertImage.error();
    writer.m_insertImage.emplace(std::move(insertImage.value()));
    auto findDuplicate =
        db.prepare("SELECT id, import_id, source_line FROM reads "
                   "WHERE plate = ?1 AND time_ms BETWEEN ?2 AND ?3 AND device_id = ?4 LIMIT 1");
    if (!findDuplicate)
        return findDuplicate.error();
    writer.m_findDuplicate.emplace(std::move(findDuplicate.value()));
    auto insertIssue = db.prepare("INSERT INTO import_rows (import_id, line, last_line, outcome, "
                                  "reason, raw) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insertIssue)
        return insertIssue.error();
    writer.m_insertIssue.emplace(std::move(insertIssue.value()));
    return writer;
}

Result<QList<Device>> ReadWriter::listDevices(Database& db) {
    auto query = db.prepare(QByteArray(deviceColumns).append("ORDER BY name").constData());
    if (!query)
        return query.error();
    QList<Device> devices;
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!row.value())
            return devices;
        devices.append(deviceFrom(query.value()));
    }
}

Result<std::optional<Device>> ReadWriter::lookupDevice(Database& db, const QString& name) {
    auto query = db.prepare(QByteArray(deviceColumns).append("WHERE name = ?1").constData());
    if (!query)
        return query.error();
    query->bind(1, name);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Device>();
    return std::optional<Device>(deviceFrom(query.value()));
}

Result<std::optional<Device>> ReadWriter::findDevice(const QString& name) {
    const QString key = name.toLower();
    if (auto it = m_devices.constFind(key); it != m_devices.constEnd())
        return std::optional<Device>(*it);
    auto found = lookupDevice(*m_db, name);
    if (found && found.value())
        m_devices.insert(key, *found.value());
    return found;
}

Result<Device> ReadWriter::device(const QString& name, Device::Type typeIfNew,
                                  const QString& zoneIfNew, std::optional<double> latitude,
                                  std::optional<double> longitude) {
    auto found = findDevice(name);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    auto insert = m_db->prepare("INSERT INTO devices (name, type, time_zone, latitude, longitude, "
                                "created_utc, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return insert.error();
    insert->bind(1, name).bind(2, Device::typeName(typeIfNew)).bind(3, zoneIfNew);
    if (latitude && longitude)
        insert->bind(4, *latitude).bind(5, *longitude);
    else
        insert->bindNull(4).bindNull(5);
    insert->bind(6, m_createdUtc).bind(7, m_userId);
    if (auto done = insert->run(); !done)
        return done.error();
    Device device;
    device.id = m_db->lastInsertRowId();
    device.name = name;
    device.type = typeIfNew;
    device.timeZone = zoneIfNew;
    device.latitude = latitude;
    device.longitude = longitude;
    m_devices.insert(name.toLower(), device);
    m_created.append(name);
    return device;
}

Result<std::optional<ReadWriter::Duplicate>>
ReadWriter::findDuplicate(const QString& plate, qint64 deviceId, qint64 timeMs, qint64 windowMs) {
    Statement& query = *m_findDuplicate;
    query.reset();
    query.bind(1, plate).bind(2, timeMs - windowMs).bind(3, timeMs + windowMs).bind(4, deviceId);
    auto row = query.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Duplicate>();
    Duplicate duplicate;
    duplicate.readId = query.integer(0);
    duplicate.importId = query.optionalInteger(1);
    duplicate.line = query.optionalInteger(2);
    return std::optional<Duplicate>(duplicate);
}

Result<std::optional<qint64>> ReadWriter::insertRead(const MappedRead& read,
                                                     const EncodedRead& text, qint64 deviceId,
                                                     qint64 line) {
    using Field = EncodedRead::Field;
    Statement& insert = *m_insertRead;
    insert.bindUtf8NoCopy(1, text.field(Field::PlateRaw))
        .bindUtf8NoCopy(2, text.field(Field::Plate))
        .bindUtf8NoCopy(3, text.field(Field::MatchKey))
        .bindUtf8NoCopy(4, text.field(Field::State))
        .bindUtf8NoCopy(5, text.field(Field::StateRaw))
        .bind(6, read.timeMs)
        .bindUtf8NoCopy(7, text.field(Field::TimeText))
        .bind(8, deviceId);
    if (read.latitude && read.longitude) {
        insert.bind(9, *read.latitude).bind(10, *read.longitude);
        insert.bindUtf8NoCopy(11, read.locationFromDevice ? QByteArrayView("device")
                                                          : QByteArrayView("read"));
    } else {
        insert.bindNull(9).bindNull(10).bindNull(11);
    }
    if (read.confidence)
        insert.bind(12, *read.confidence);
    else
        insert.bindNull(12);
    if (read.heading)
        insert.bind(13, *read.heading);
    else
        insert.bindNull(13);
    insert.bindUtf8NoCopy(14, text.field(Field::Camera))
        .bindUtf8NoCopy(15, text.field(Field::Address))
        .bindUtf8NoCopy(18, text.field(Field::SourceRef))
        .bindOptional(19, read.flags.join(QStringLiteral("; ")))
        .bindUtf8NoCopy(20, text.field(Field::Extra));
    if (m_importId != 0) {
        insert.bind(16, m_importId).bind(17, line).bindUtf8NoCopy(21, QByteArrayView("import"));
    } else {
        insert.bindNull(16).bindNull(17).bindUtf8NoCopy(21, QByteArrayView("live"));
    }
    const Status done = insert.run();
    // Unbinds the borrowed text before it can change.
    insert.reset();
    if (!done)
        return done.error();
    if (m_db->changes() == 0)
        return std::optional<qint64>();
    const qint64 readId = m_db->lastInsertRowId();
    for (const MappedRead::Image& image : read.images) {
        Statement& add = *m_insertImage;
        add.reset();
        add.bind(1, readId)
            .bind(2, image.kind)
            .bindOptional(3, image.source)
            .bindBlob(4, image.data);
        if (auto stored = add.run(); !stored)
            return stored.error();
    }
    return std::optional<qint64>(readId);
}

Status ReadWriter::insertIssue(const ImportRowIssue& issue) {
    Statement& insert = *m_insertIssue;
    insert.reset();
    insert.bind(1, m_importId)
        .bind(2, issue.line)
        .bind(3, issue.lastLine)
        .bind(4, issueOutcome(issue.kind))
        .bind(5, issue.code.isNull() ? QString(QLatin1String("")) : issue.code)
        .bind(6, issue.raw.isNull() ? QString(QLatin1String("")) : issue.raw);
    return insert.run();
}

} // namespace pl::core
