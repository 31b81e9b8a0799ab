#pragma once

#include "core/search/SearchTypes.h"

#include <QImage>
#include <QSize>

namespace pl::ui {

// A map and a timeline of some reads as one image, drawn off screen with
// the embedded basemap, for documents such as a case export.
class ReadsFigure {
public:
    static QImage render(const core::ResultPoints& points, const QSize& size);
};

} // namespace pl::ui
