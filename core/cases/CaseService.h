#pragma once

#include "core/accounts/Session.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"
#include "core/policy/Policy.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pl::core {

class Station;
class Database;

// Case files: the cases searches are made for and that hold reads past
// retention while open. Every change is audited with the case number in the
// same transaction as the change.
class CaseService {
public:
    enum class Filter { OpenOnly, All };

    explicit CaseService(Station& station);

    // ManageCases. The number is trimmed and must be new; a title is
    // required; a criminal case needs an existing offense category; the lead
    // (default the opener) must be an active user.
    Result<CaseFile> open(const Session& session, const NewCase& request);
    // ManageCases. Closing releases the case's hold on its reads: the next
    // retention purge may remove those past the cut-off. The reason is optional.
    Status close(const Session& session, const QString& number, const QString& reason = {});

    // Any active session (a search names its case). NotFound if there is none.
    Result<CaseFile> find(const Session& session, const QString& number);
    // Any active session. Newest first, each with its count of linked reads.
    Result<QList<CaseFile>> list(const Session& session, Filter filter = Filter::OpenOnly);

    // ManageCases; the case must be open and the read must exist. Linking a
    // read twice, or unlinking one that is not linked, is refused.
    Status linkRead(const Session& session, const QString& number, qint64 readId);
    Status unlinkRead(const Session& session, const QString& number, qint64 readId,
                      const QString& reason = {});
    // ManageCases. Oldest read first.
    Result<QList<CaseRead>> reads(const Session& session, const QString& number);

    // ManageCases: the active investigators, by display name, to choose a lead.
    Result<QList<CaseLead>> leads(const Session& session);
    // Any active session: for pick lists, in order of years, longest first.
    Result<QList<OffenseCategory>> offenseCategories(const Session& session);
    // ManagePolicy. Audited with the old and new number of years (1..100).
    Status setOffenseYears(const Session& session, const QString& code, int years);

    // For other services (no session check, nothing audited): the case by
    // number (trimmed, any letter case), NotFound with a message naming it
    // when there is none.
    static Result<CaseFile> lookup(Database& db, const QString& number);
    // How far back a search for the case may reach without an exception:
    // administrativeWindowYears for administrative cases, the offense
    // category's years for criminal ones.
    static Result<QDateTime> windowStart(Database& db, const CaseFile& file, const Policy& policy,
                                         const QDateTime& nowUtc);

private:
    Station& m_station;
};

} // namespace pl::core
