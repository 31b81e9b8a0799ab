#pragma once

#include <QImage>
#include <QObject>
#include <QString>

namespace pl::ui {

// Where a map gets its 256 × 256 tiles (XYZ numbering, y down).
class TileSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // The tile if it is available now, else a null image; a source that
    // fetches tiles emits tileReady once it has one.
    virtual QImage tile(int z, int x, int y) = 0;
    virtual int maxZoom() const = 0;
    virtual QString attribution() const = 0;

Q_SIGNALS:
    void tileReady(int z, int x, int y);
    void failed(const QString& message);
};

} // namespace pl::ui
