#include "core/camera/LiveReadStore.h"

#include "core/common/TimeFormat.h"
#include "core/hotlist/AlertWriter.h"
#include "core/import/ReadWriter.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace pl::core {

namespace {

constexpr int kSceneMaxWidth = 1920;

QByteArray jpeg(const cv::Mat& image, int quality) {
    std::vector<uchar> bytes;
    if (image.empty() || !cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, quality}))
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

QByteArray sceneJpeg(const cv::Mat& frame) {
    if (frame.cols <= kSceneMaxWidth)
        return jpeg(frame, 85);
    cv::Mat smaller;
    const double scale = double(kSceneMaxWidth) / frame.cols;
    cv::resize(frame, smaller, cv::Size(), scale, scale, cv::INTER_AREA);
    return jpeg(smaller, 85);
}

// What the store keeps beyond the columns: everything the reader offered,
// so a person verifying the read sees the alternatives and the doubt.
QString details(const TrackedRead& read) {
    QJsonObject extra;
    QJsonArray candidates;
    for (const PlateCandidate& candidate : read.plate.candidates)
        candidates.append(QJsonObject{{QStringLiteral("text"), candidate.text},
                                      {QStringLiteral("confidence"), candidate.confidence}});
    extra.insert(QStringLiteral("candidates"), candidates);
    QJsonArray characters;
    if (const PlateCandidate* best = read.plate.best())
        for (float confidence : best->charConfidences)
            characters.append(qRound(double(confidence) * 10.0) / 10.0);
    extra.insert(QStringLiteral("charConfidences"), characters);
    QJsonArray corners;
    for (const QPointF& corner : read.plate.corners)
        corners.append(QJsonArray{qRound(corner.x()), qRound(corner.y())});
    extra.insert(QStringLiteral("corners"), corners);
    extra.insert(QStringLiteral("detection"), qRound(read.plate.detectionScore * 1000.0) / 1000.0);
    extra.insert(QStringLiteral("frames"), read.frames);
    extra.insert(QStringLiteral("firstSeenMs"), read.firstMs);
    extra.insert(QStringLiteral("lastSeenMs"), read.lastMs);
    return QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

} // namespace

LiveReadStore::~LiveReadStore() = default;

Result<std::unique_ptr<LiveReadStore>> LiveReadStore::open(const CaptureTarget& target) {
    auto db = target.store->openConnection();
    if (!db)
        return db.error();
    std::unique_ptr<LiveReadStore> store(new LiveReadStore);
    store->m_camera = target.settings;
    store->m_userId = target.userId;
    store->m_db = std::move(db.value());
    auto writer = ReadWriter::createLive(*store->m_db, target.userId,
                                         TimeFormat::toStorage(QDateTime::currentDateTimeUtc()));
    if (!writer)
        return writer.error();
    store->m_writer = std::make_unique<ReadWriter>(std::move(writer.value()));
    if (target.audit && target.clock) {
        auto alerts = AlertWriter::create(*store->m_db, *target.audit, target.actor, *target.clock);
        if (!alerts)
            return alerts.error();
        store->m_alerts = std::make_unique<AlertWriter>(std::move(alerts.value()));
    }
    return store;
}

QByteArray LiveReadStore::plateCrop(const TrackedRead& read) {
    if (read.frame.empty())
        return {};
    const QRect box = read.plate.box;
    const int marginX = box.width() / 10 + 2;
    const int marginY = box.height() / 5 + 2;
    cv::Rect area(box.x() - marginX, box.y() - marginY, box.width() + 2 * marginX,
                  box.height() + 2 * marginY);
    area &= cv::Rect(0, 0, read.frame.cols, read.frame.rows);
    if (area.empty())
        return {};
    return jpeg(read.frame(area), 92);
}

Result<std::optional<LiveReadStore::Stored>> LiveReadStore::store(const TrackedRead& read) {
    MappedRead mapped;
    mapped.plateRaw = read.text();
    const PlateNormalizer::Normalized normalized = m_normalizer.normalize(mapped.plateRaw);
    if (!normalized.ok())
        return std::optional<Stored>();
    mapped.plate = normalized.normalized;
    mapped.matchKey = PlateNormalizer::matchKey(mapped.plate);
    mapped.flags = normalized.flags;
    mapped.timeMs = read.timeMs;
    mapped.timeText = TimeFormat::toStorage(QDateTime::fromMSecsSinceEpoch(read.timeMs, Qt::UTC));
    mapped.deviceName = m_camera.name;
    if (m_camera.hasLocation()) {
        mapped.latitude = m_camera.latitude;
        mapped.longitude = m_camera.longitude;
        mapped.locationFromDevice = true;
    }
    mapped.confidence = read.confidence();
    mapped.camera = m_camera.direction.isEmpty() ? m_camera.name
                                                 : m_camera.name + QStringLiteral(" (") +
                                                       m_camera.direction + QLatin1Char(')');
    mapped.extraJson = details(read);
    Stored stored;
    stored.plateJpeg = plateCrop(read);
    if (!stored.plateJpeg.isEmpty())
        mapped.images.append({QStringLiteral("plate"), QStringLiteral("camera"), stored.plateJpeg});
    const QByteArray scene = sceneJpeg(read.frame);
    if (!scene.isEmpty())
        mapped.images.append({QStringLiteral("overview"), QStringLiteral("camera"), scene});
    m_encoded.encode(mapped);

    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto inserted = m_writer->insertRead(mapped, m_encoded, m_camera.deviceId, 0);
    if (!inserted)
        return inserted.error();
    if (inserted.value() && m_alerts) {
        // Entries change while a camera runs; the read is matched against
        // those in force when it is stored.
        if (auto refreshed = m_alerts->refresh(); !refreshed)
            return refreshed.error();
        auto raised = m_alerts->onRead(tx.value(), {*inserted.value(), mapped.plate, mapped.state,
                                                    mapped.timeMs, m_camera.name});
        if (!raised)
            return raised.error();
        stored.alerts = raised.value();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (!inserted.value())
        return std::optional<Stored>();
    stored.readId = *inserted.value();
    return std::optional<Stored>(std::move(stored));
}

} // namespace pl::core
