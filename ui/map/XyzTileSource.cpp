#include "ui/map/XyzTileSource.h"

#include <QFileInfo>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

#include <utility>

namespace pl::ui {

XyzTileSource::XyzTileSource(QString urlTemplate, QString cacheDir, int maxZoom,
                             QString attribution, QObject* parent)
    : TileSource(parent)
    , m_template(std::move(urlTemplate))
    , m_cacheDir(std::move(cacheDir))
    , m_maxZoom(maxZoom)
    , m_attribution(std::move(attribution))
    , m_memory(cacheTiles) {}

XyzTileSource::~XyzTileSource() {
    // Replies still under way would otherwise call back into a half-destroyed object.
    for (QNetworkReply* reply : std::as_const(m_pending)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QString XyzTileSource::attribution() const {
    return m_attribution.isEmpty() ? tr("Map tiles: %1").arg(urlFor(0, 0, 0).host())
                                   : m_attribution;
}

QUrl XyzTileSource::urlFor(int z, int x, int y) const {
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(z));
    url.replace(QLatin1String("{x}"), QString::number(x));
    url.replace(QLatin1String("{y}"), QString::number(y));
    return QUrl(url);
}

QString XyzTileSource::cacheFile(int z, int x, int y) const {
    return m_cacheDir.filePath(QStringLiteral("%1/%2/%3.png").arg(z).arg(x).arg(y));
}

QImage XyzTileSource::tile(int z, int x, int y) {
    if (!isValid(z, x, y) || z > m_maxZoom)
        return {};
    const quint64 k = key(z, x, y);
    if (const QImage* cached = m_memory.object(k))
        return *cached;
    if (m_pending.contains(k) || m_unavailable.contains(k))
        return {};

    const QString file = cacheFile(z, x, y);
    if (QFileInfo::exists(file)) {
        QImage image(file);
        if (!image.isNull()) {
            if (image.size() != QSize(tileSize, tileSize))
                image = image.scaled(tileSize, tileSize, Qt::IgnoreAspectRatio,
                                     Qt::SmoothTransformation);
            m_memory.insert(k, new QImage(image));
            return image;
        }
        // A damaged cache file: fetch the tile again.
        QFile::remove(file);
    }

    QNetworkRequest request(urlFor(z, x, y));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    QNetworkReply* reply = m_network.get(request);
    m_pending.insert(k, reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, z, x, y] { onFinished(reply, z, x, y); });
    return {};
}

void XyzTileSource::onFinished(QNetworkReply* reply, int z, int x, int y) {
    const quint64 k = key(z, x, y);
    m_pending.remove(k);
    reply->deleteLater();

    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::ContentNotFoundError) {
        // The server has no tile here (outside its area): not a failure.
        m_unavailable.insert(k);
        return;
    }
    if (error != QNetworkReply::NoError) {
        m_unavailable.insert(k);
        reportFailure(
            tr("Map tiles cannot be fetched from %1: %2")
                .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo), reply->errorString()));
        return;
    }
    const QByteArray bytes = reply->readAll();
    QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        m_unavailable.insert(k);
        reportFailure(tr("The map tile server sent something that is not an image for %1.")
                          .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo)));
        return;
    }
    if (image.size() != QSize(tileSize, tileSize))
        image = image.scaled(tileSize, tileSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    // The disk cache is a convenience: a tile that cannot be written is still shown.
    const QString file = cacheFile(z, x, y);
    if (QDir().mkpath(QFileInfo(file).path())) {
        QSaveFile out(file);
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size())
            out.commit();
    }
    m_memory.insert(k, new QImage(image));
    Q_EMIT tileReady(z, x, y);
}

void XyzTileSource::reportFailure(const QString& message) {
    if (m_failureReported)
        return;
    m_failureReported = true;
    Q_EMIT failed(message);
}

} // namespace pl::ui
