#pragma once

#include "core/common/Result.h"
#include "core/import/Device.h"
#include "core/import/EncodedRead.h"
#include "core/import/ImportTypes.h"
#include "core/import/MappedRead.h"
#include "core/store/Statement.h"

#include <QHash>
#include <QList>

#include <optional>

namespace pl::core {

class Database;

// Writes one import's reads, row issues and devices through prepared
// statements on the import's own connection. The caller owns the
// transactions; everything written here commits or rolls back with them.
class ReadWriter {
public:
    struct Duplicate {
        qint64 readId = 0;
        std::optional<qint64> importId;
        std::optional<qint64> line;
    };

    static Result<ReadWriter> create(Database& db, qint64 importId, qint64 userId,
                                     const QString& createdUtc);
    // For reads a camera makes live: no import, source 'live'; the line
    // given to insertRead is ignored.
    static Result<ReadWriter> createLive(Database& db, qint64 userId, const QString& createdUtc);

    // Devices as stored: all of them by name, or the one named so.
    static Result<QList<Device>> listDevices(Database& db);
    static Result<std::optional<Device>> lookupDevice(Database& db, const QString& name);

    // The device named so, created (with the given type and zone) when new.
    Result<Device> device(const QString& name, Device::Type typeIfNew, const QString& zoneIfNew,
                          std::optional<double> latitude = std::nullopt,
                          std::optional<double> longitude = std::nullopt);
    Result<std::optional<Device>> findDevice(const QString& name);
    // Devices this writer created (for the audit record).
    const QStringList& createdDevices() const { return m_created; }

    // A stored read with the same plate and device within windowMs of timeMs.
    Result<std::optional<Duplicate>> findDuplicate(const QString& plate, qint64 deviceId,
                                                   qint64 timeMs, qint64 windowMs);
    // The new read's id, or nothing when a read with the same plate, device
    // and time is already stored (the unique index refuses it). text is the
    // read's text as encoded beforehand (EncodedRead::encode).
    Result<std::optional<qint64>> insertRead(const MappedRead& read, const EncodedRead& text,
                                             qint64 deviceId, qint64 line);
    Status insertIssue(const ImportRowIssue& issue);

private:
    ReadWriter(Database& db, qint64 importId, qint64 userId, QString createdUtc);
    static Result<ReadWriter> prepare(ReadWriter writer);

    Database* m_db;
    qint64 m_importId;
    qint64 m_userId;
    QString m_createdUtc;
    std::optional<Statement> m_insertRead;
    std::optional<Statement> m_insertImage;
    std::optional<Statement> m_findDuplicate;
    std::optional<Statement> m_insertIssue;
    QHash<QString, Device> m_devices; // by lowercase name
    QStringList m_created;
};

} // namespace pl::core
