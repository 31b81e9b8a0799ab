#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/geo/SensitiveLocation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pl::core {

class Database;
class Station;

// The list of sensitive locations the map marks. Investigators and
// supervisors (ViewMap) and administrators read it; only administrators
// (ManagePolicy) change it. Every change is audited in the same transaction;
// a removal keeps the location with its reason.
class SensitiveLocationService {
public:
    explicit SensitiveLocationService(Station& station);

    // ViewMap or ManagePolicy. Sorted by name.
    Result<QList<SensitiveLocation>> list(const Session& session, bool includeRemoved = false);
    // ManagePolicy. A name is required, the category must be one of
    // SensitiveLocation::categories(), latitude -90..90, longitude -180..180.
    Result<SensitiveLocation> add(const Session& session, const SensitiveLocationInput& input);
    // ManagePolicy; not for a removed location. Unchanged input records nothing.
    Result<SensitiveLocation> edit(const Session& session, qint64 id,
                                   const SensitiveLocationInput& input);
    // ManagePolicy; the reason is required. The location is kept as history.
    Status remove(const Session& session, qint64 id, const QString& reason);
    // ManagePolicy. CSV with a header line naming the columns name, category,
    // latitude, longitude and optionally note (any order). All or nothing: if
    // any row is bad, nothing is stored and the error names every bad line.
    // Returns the number of locations added. fileName is for the audit trail.
    Result<int> importCsv(const Session& session, const QByteArray& csv,
                          const QString& fileName = {});

    // Checks an input without storing it (the message says what is wrong).
    static Status validate(const SensitiveLocationInput& input);

private:
    Status requireReader(const Session& session) const;
    static Result<SensitiveLocation> load(Database& db, qint64 id);

    Station& m_station;
};

} // namespace pl::core
