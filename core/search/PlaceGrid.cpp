#include "core/search/PlaceGrid.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace pl::core {

namespace {
class PlaceText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::PlaceGrid)
public:
    static QString centre(const QString& latitude, const QString& longitude) {
        //: A place on the timeline: its latitude and longitude.
        return tr("%1, %2").arg(latitude, longitude);
    }
};
} // namespace

PlaceGrid::Cell PlaceGrid::cellOf(double latitude, double longitude) {
    return Cell{static_cast<qint32>(std::lround(latitude / step)),
                static_cast<qint32>(std::lround(longitude / step))};
}

qint64 PlaceGrid::key(Cell cell) {
    // Rows span +-60,000 and columns +-120,000: both fit in 32 bits.
    return (static_cast<qint64>(cell.row) << 32) | static_cast<quint32>(cell.column);
}

double PlaceGrid::centreLatitude(Cell cell) {
    return cell.row * step;
}

double PlaceGrid::centreLongitude(Cell cell) {
    return cell.column * step;
}

QString PlaceGrid::label(Cell cell) {
    const QLocale locale;
    return PlaceText::centre(locale.toString(centreLatitude(cell), 'f', 3),
                             locale.toString(centreLongitude(cell), 'f', 3));
}

} // namespace pl::core
