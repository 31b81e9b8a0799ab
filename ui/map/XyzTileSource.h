#pragma once

#include "ui/map/TileSource.h"

#include <QCache>
#include <QDir>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>

class QNetworkReply;

namespace pl::ui {

// Tiles from a tile server on the agency's network, by a URL template with
// {z}, {x} and {y} (http, https or file URLs). Every tile fetched is kept in
// a disk cache (<cacheDir>/z/x/y.png) and served from there afterwards, so
// areas once viewed keep working offline; decoded tiles are also kept in a
// memory cache.
class XyzTileSource : public TileSource {
    Q_OBJECT
public:
    static constexpr int cacheTiles = 256;

    XyzTileSource(QString urlTemplate, QString cacheDir, int maxZoom = 19, QString attribution = {},
                  QObject* parent = nullptr);
    ~XyzTileSource() override;

    QImage tile(int z, int x, int y) override;
    int maxZoom() const override { return m_maxZoom; }
    QString attribution() const override;

    QUrl urlFor(int z, int x, int y) const;
    QString cacheFile(int z, int x, int y) const;
    // Downloads under way.
    int pending() const { return int(m_pending.size()); }

private:
    void onFinished(QNetworkReply* reply, int z, int x, int y);
    void reportFailure(const QString& message);

    QString m_template;
    QDir m_cacheDir;
    int m_maxZoom;
    QString m_attribution;
    QNetworkAccessManager m_network;
    QCache<quint64, QImage> m_memory;
    QHash<quint64, QNetworkReply*> m_pending;
    // Tiles the server does not have or could not send, not asked again.
    QSet<quint64> m_unavailable;
    bool m_failureReported = false;
};

} // namespace pl::ui
