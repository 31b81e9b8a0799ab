#include "ui/map/TileSource.h"

namespace pl::ui {

TileSource::~TileSource() = default;

} // namespace pl::ui
