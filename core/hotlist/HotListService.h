#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/hotlist/HotListTypes.h"
#include "core/search/SearchTypes.h"

#include <QList>
#include <QString>

namespace pl::core {

class Database;
class Station;

// Hot-list entries. Agents and investigators add and manage their own;
// supervisors see every entry of the station and who owns it. Every change
// (add, edit, review, remove with its reason) is kept as history and audited
// in the same transaction. Entries are never deleted.
class HotListService {
public:
    enum class Scope {
        Own,     // ManageOwnHotList: the caller's entries
        Station, // ViewStationHotList: everyone's
    };

    explicit HotListService(Station& station);

    // ManageOwnHotList. The plate is normalised as a search pattern is; a
    // wildcard entry needs three fixed characters and counts against the
    // station's limit (policy). A reason and a case number are required; a
    // case number of this store must name an open case. The review date is a
    // year out at most (policy), the default.
    Result<HotListEntry> add(const Session& session, const HotListEntryInput& input);
    // The owner only. Changing the review date here is a review as well.
    Result<HotListEntry> edit(const Session& session, qint64 entryId,
                              const HotListEntryInput& input);
    // The owner only: the entry is still justified, so it alerts again for
    // another review period. Refused when its case is closed.
    Result<HotListEntry> review(const Session& session, qint64 entryId, const QString& note = {});
    // The owner only; the reason is required. The entry stays as history.
    Status remove(const Session& session, qint64 entryId, const QString& reason);

    // Own or station scope (see Scope); newest first.
    Result<QList<HotListEntry>> entries(const Session& session, Scope scope,
                                        bool includeRemoved = false);
    // The owner, or a supervisor.
    Result<HotListEntry> entry(const Session& session, qint64 entryId);
    Result<QList<HotListChange>> history(const Session& session, qint64 entryId);
    // The caller's entries that need them: past their review date (they no
    // longer alert) or held for a case that is closed. For the login notice.
    Result<QList<HotListEntry>> needingAttention(const Session& session);

    // The owner matches an entry back against stored reads. That is a search
    // like any other: it names an open case and a reason, stays inside the
    // case's window and is audited as a search.
    Result<SearchResult> searchStoredReads(const Session& session, qint64 entryId,
                                           const QString& caseNumber, const QString& reason);

    // For other services: the entry by id whatever its owner (NotFound when
    // there is none).
    static Result<HotListEntry> load(Database& db, qint64 entryId);

private:
    struct Checked {
        QString plate;
        QString state;
        bool wildcard = false;
        QDateTime reviewByUtc;
    };
    Result<Checked> check(Database& db, const HotListEntryInput& input,
                          std::optional<qint64> editing);
    Result<HotListEntry> ownEntry(Database& db, const Session& session, qint64 entryId);

    Station& m_station;
};

} // namespace pl::core
