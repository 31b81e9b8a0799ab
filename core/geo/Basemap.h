#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>

namespace pl::core {

struct BasemapPlace {
    QString name;
    QString region; // a US state's postal code ("TX"), otherwise the country ("Mexico")
    double latitude = 0;
    double longitude = 0;
    qint32 population = 0;
};

// The offline basemap: land, borders and places decoded from a .plmap file
// (layout in resources/basemap/build-basemap.mjs). Immutable once loaded, so
// one instance can be read from any thread.
class Basemap {
public:
    enum class Layer { Land, Countries, States, Counties };
    enum class Detail { Coarse, Fine };
    struct Line {
        QList<QPointF> points; // world units (WebMercator::toWorld)
        QRectF bounds;         // world units
    };

    static constexpr char magic[] = "PLMAP\r\n\x1a"; // 8 bytes, without the terminating zero
    static constexpr quint32 formatVersion = 1;

    // Land lines are closed rings (fill with the odd-even rule); the others
    // are open polylines. A layer stored with one detail returns it for both.
    const QList<Line>& lines(Layer layer, Detail detail) const;
    // Population descending.
    const QList<BasemapPlace>& places() const { return m_places; }
    bool isEmpty() const;
    // A short translated text naming the sources, to show with the map.
    QString attribution() const;

    // Decodes a .plmap file; refuses a wrong magic, another version or a
    // truncated or damaged file with a translated message.
    static Result<Basemap> fromData(const QByteArray& data);
    // The basemap compiled into this build (":/basemap/basemap.plmap"),
    // loaded once; empty if it cannot be read (the reason is logged).
    static const Basemap& embedded();

private:
    static constexpr int layerCount = 4;
    static constexpr int detailCount = 2;
    std::array<std::array<QList<Line>, detailCount>, layerCount> m_lines;
    QList<BasemapPlace> m_places;
};

} // namespace pl::core
