#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/hotlist/HotListImportTypes.h"
#include "core/import/ImportProfile.h"

#include <QList>
#include <QString>

#include <memory>

namespace pl::core {

class Station;
struct HotListImportPlan;

// One hot-list import, ready to run on any thread: it opens its own
// connection to the store, so the caller's thread stays free. Made by
// HotListImportService, which has already checked the session, the case, the
// file and the profile. Move-only.
class HotListImportJob {
public:
    ~HotListImportJob();
    HotListImportJob(HotListImportJob&&) noexcept;
    HotListImportJob& operator=(HotListImportJob&&) noexcept;

    // Runs to the end, to a cancel or to a failure, in one transaction: the
    // list, its entries, their history, the import record with every
    // record's outcome and the audit event commit together, or nothing does
    // (a cancel returns ErrorCode::Cancelled and leaves the list as it was).
    Result<HotListImportSummary> run(const HotListImportProgressFn& progress = {});

    const ImportProfile& profile() const;
    QString listName() const;
    QString fileName() const;

private:
    friend class HotListImportService;
    explicit HotListImportJob(std::unique_ptr<HotListImportPlan> plan);
    std::unique_ptr<HotListImportPlan> m_plan;
};

// Importing hot lists from files (NCIC extracts, state lists, vendor lists)
// through the declarative profiles of core/import. A list is station-wide
// and unique by name; the person who imports it owns it and its entries, so
// the alerts they raise go to them. Importing a list again replaces its
// entries: entries still in the file are kept and re-validated, new ones are
// added and the others removed, each with its history. Every record's
// outcome is kept with the import; refusals are audited too.
class HotListImportService {
public:
    explicit HotListImportService(Station& station);
    ~HotListImportService();

    // ManageOwnHotList: the hot-list profiles, built-in and saved ones.
    Result<QList<ImportProfile>> profiles(const Session& session);

    // ManageOwnHotList. Looks at the file without storing anything: the
    // profile detected (or the one given), the layout, how the first
    // records map, and the list an import would create or replace. When no
    // profile fits, the preview says so in `problem` rather than failing.
    Result<HotListImportPreview> preview(const Session& session, const QString& filePath,
                                         const QString& profileId = {},
                                         const QString& listName = {}, int maxRows = 20);

    // ManageOwnHotList. Checks everything that can be checked before the
    // first record: case number and reason (a case of this store must be
    // open), the file, the profile (detected when not given), the list name
    // (a list of another person cannot be replaced) and the default state.
    // Refusals are audited as hotlist.import_refused.
    Result<HotListImportJob> prepare(const Session& session, const HotListImportRequest& request);

    // prepare() and run() on the calling thread.
    Result<HotListImportSummary> importFile(const Session& session,
                                            const HotListImportRequest& request,
                                            const HotListImportProgressFn& progress = {});

    // The recorded outcomes of an import's records that were not accepted
    // clean, in file order. The list's owner, or ViewStationHotList.
    Result<QList<HotListImportRow>> rows(const Session& session, qint64 importId);

private:
    Error refuse(const Session& session, const HotListImportRequest& request, const QString& why,
                 const Error& error, const QString& profileId = {}, const QString& sha256 = {});

    Station& m_station;
};

} // namespace pl::core
