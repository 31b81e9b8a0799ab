#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/search/SearchTypes.h"

#include <QList>
#include <QString>

namespace pl::core {

class Station;

// Justified searches of reads. Every search names an open case and a
// reason, is limited to the case's query window (policy for administrative
// cases, the offense's statute of limitations for criminal ones, widened by
// an approved, unexpired exception), and is audited in the same transaction
// as the query: parameters, window, result count and a digest of the ids
// returned. A refused search is audited too, with why.
//
// Holds no state of its own; uses the station's connection, so one thread.
class SearchService {
public:
    explicit SearchService(Station& station);

    // The window in force for a case and why, without searching (not audited).
    Result<SearchWindow> window(const Session& session, const QString& caseNumber);

    // Runs the search. The result holds every matching read id in rank order.
    Result<SearchResult> search(const Session& session, const SearchRequest& request);

    // The display rows of result.readIds[first, first + count), in that order,
    // for a table that loads as it scrolls. Out-of-range slices are clipped.
    // Reads purged since the search are left out.
    Result<QList<SearchRow>> rows(const Session& session, const SearchResult& result,
                                  qsizetype first, qsizetype count);

    // Every read of the result with its time, place and device, for the map
    // and the timeline. A view of the already-audited result: not audited
    // again, and it never reaches beyond result.readIds.
    Result<ResultPoints> points(const Session& session, const SearchResult& result);

    // ViewMap. Records, before anything is written, that a view of the
    // result (what: e.g. "map_timeline_png") leaves the station: the case,
    // the file, the search it shows, and the count and digest of the reads
    // shown, which must all belong to the result. Returns the event's
    // sequence number, the export's reference.
    Result<qint64> recordViewExport(const Session& session, const SearchResult& result,
                                    const QList<qint64>& shownIds, const QString& what,
                                    const QString& destination);

private:
    Station& m_station;
};

} // namespace pl::core
