#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/geo/MapSettings.h"

namespace pl::core {

class Station;

// The map's tile sources, kept as station settings (text values in the
// settings table beside the policy values). Read by whoever may see the map
// (ViewMap) and by administrators; changed by administrators only, each
// change audited with the old and new values.
class MapSettingsService {
public:
    explicit MapSettingsService(Station& station);

    // ViewMap or ManagePolicy.
    Result<MapSettings> mapSettings(const Session& session);
    // ManagePolicy. Validated as validate() does; the cache folder is created
    // when missing. Nothing is stored or audited when nothing changed.
    Status setMapSettings(const Session& session, const MapSettings& settings);

    // The MBTiles path empty or a readable SQLite file; the URL empty or a
    // template with {z}, {x} and {y} and an http, https or file scheme; the
    // cache folder empty or one that exists (or can be created) and is
    // writable. May create the cache folder.
    static Status validate(const MapSettings& settings);

private:
    Station& m_station;
};

} // namespace pl::core
