#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/import/Device.h"
#include "core/reads/ReadRecord.h"

namespace pl::core {

class Station;

// Opens single reads for the people who found them by a search: the whole
// record with its images for verification, or only the plate image for a
// results table's thumbnails. Uses the station's connection (one thread).
class ReadRecordService {
public:
    explicit ReadRecordService(Station& station);

    // SearchReads. NotFound (with a message naming the id) when the read is
    // not in the store, for instance purged since it was found.
    Result<ReadRecord> record(const Session& session, qint64 readId);
    // SearchReads. The encoded plate image, empty when the read has none.
    Result<QByteArray> plateImage(const Session& session, qint64 readId);
    // SearchReads: the devices reads come from, by name, to narrow a search.
    Result<QList<Device>> devices(const Session& session);

private:
    Station& m_station;
};

} // namespace pl::core
