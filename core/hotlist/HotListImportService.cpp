#include "core/hotlist/HotListImportService.h"

#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/crypto/FileDigest.h"
#include "core/hotlist/HotListImportPlan.h"
#include "core/hotlist/HotListImportRunner.h"
#include "core/import/HotListMapper.h"
#include "core/import/ImportSource.h"
#include "core/import/ProfileLibrary.h"
#include "core/import/RecordStream.h"
#include "core/import/StateMapper.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pl::core {

namespace {

class ImportText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListImportService)
public:
    static QString caseRequired() { return tr("Give the case number the hot list is held for."); }
    static QString reasonRequired() {
        return tr("Give the reason the hot list's plates are of interest.");
    }
    static QString caseClosed(const QString& number) {
        return tr("Case %1 is closed; a hot list cannot be held for it.").arg(number);
    }
    static QString noSuchFile(const QString& path) {
        return tr("Cannot read \"%1\": there is no such file.").arg(path);
    }
    static QString notAFile(const QString& path) { return tr("\"%1\" is not a file.").arg(path); }
    static QString cannotRead(const QString& path, const QString& why) {
        return tr("Cannot read \"%1\": %2").arg(path, why);
    }
    static QString noProfile(const QString& file, const QStringList& ids) {
        return tr("No hot-list profile recognises the layout of \"%1\". Choose one of the "
                  "profiles (%2), or save a profile for this layout.")
            .arg(file, ids.join(QStringLiteral(", ")));
    }
    static QString notHotList(const QString& id) {
        return tr("The profile \"%1\" is for reader dumps, not hot lists.").arg(id);
    }
    static QString badListName() { return tr("A hot list needs a name of 1 to 200 characters."); }
    static QString notOwner(const QString& list, const QString& owner) {
        return tr("The hot list \"%1\" belongs to %2; only they can replace it. Import under "
                  "another list name.")
            .arg(list, owner);
    }
    static QString badState(const QString& state) {
        return tr("\"%1\" is not a state or province code; use two letters, such as TX or ON.")
            .arg(state);
    }
    static QString importNotFound(qint64 id) {
        return tr("There is no hot-list import %1.").arg(id);
    }
};

constexpr int kMaxListName = 200;

Status checkFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, ImportText::noSuchFile(path));
    if (!info.isFile())
        return Error(ErrorCode::InvalidArgument, ImportText::notAFile(path));
    return {};
}

Result<QString> fileSha256(const QString& path, qint64& size) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, ImportText::cannotRead(path, file.errorString()));
    const auto digest = sha256Of(file);
    if (!digest)
        return Error(ErrorCode::Io, ImportText::cannotRead(path, file.errorString()));
    size = file.size();
    return QString::fromLatin1(digest->toHex());
}

Result<QList<ImportProfile>> hotListProfiles(Database& db) {
    auto all = ProfileLibrary::all(db);
    if (!all)
        return all.error();
    QList<ImportProfile> profiles;
    for (const ImportProfile& profile : all.value()) {
        if (profile.isHotList())
            profiles.append(profile);
    }
    return profiles;
}

QStringList idsOf(const QList<ImportProfile>& profiles) {
    QStringList ids;
    for (const ImportProfile& profile : profiles)
        ids.append(profile.id);
    return ids;
}

} // namespace

HotListImportJob::HotListImportJob(std::unique_ptr<HotListImportPlan> plan)
    : m_plan(std::move(plan)) {}
HotListImportJob::~HotListImportJob() = default;
HotListImportJob::HotListImportJob(HotListImportJob&&) noexcept = default;
HotListImportJob& HotListImportJob::operator=(HotListImportJob&&) noexcept = default;

Result<HotListImportSummary> HotListImportJob::run(const HotListImportProgressFn& progress) {
    HotListImportRunner runner(*m_plan);
    return runner.run(progress);
}

const ImportProfile& HotListImportJob::profile() const {
    return m_plan->profile;
}

QString HotListImportJob::listName() const {
    return m_plan->listName;
}

QString HotListImportJob::fileName() const {
    return m_plan->fileName;
}

HotListImportService::HotListImportService(Station& station)
    : m_station(station) {}

HotListImportService::~HotListImportService() = default;

Result<QList<ImportProfile>> HotListImportService::profiles(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    return hotListProfiles(m_station.database());
}

Error HotListImportService::refuse(const Session& session, const HotListImportRequest& request,
                                   const QString& why, const Error& error, const QString& profileId,
                                   const QString& sha256) {
    AuditRecord record = HotListImportRunner::refusal(
        request.listName.trimmed(), QFileInfo(request.filePath).fileName(), request.caseNumber,
        request.reason, why, error.message());
    if (!profileId.isEmpty())
        record.details.insert(QStringLiteral("profile"), profileId);
    if (!sha256.isEmpty())
        record.details.insert(QStringLiteral("sha256"), sha256);
    record.details.insert(QStringLiteral("client"), session.clientName());
    // The refusal is what the person sees; a failure to record it as well
    // must not hide it.
    auto tx = Transaction::begin(m_station.database());
    if (tx && m_station.auditLog().append(tx.value(), session.actor(), record))
        (void)tx->commit();
    return error;
}

Result<HotListImportPreview> HotListImportService::preview(const Session& session,
                                                           const QString& filePath,
                                                           const QString& profileId,
                                                           const QString& listName, int maxRows) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    if (auto usable = checkFile(filePath); !usable)
        return usable.error();
    Database& db = m_station.database();
    HotListImportPreview preview;
    preview.filePath = filePath;
    preview.fileName = QFileInfo(filePath).fileName();
    auto sha = fileSha256(filePath, preview.fileSize);
    if (!sha)
        return sha.error();
    preview.sha256 = sha.value();

    auto profiles = hotListProfiles(db);
    if (!profiles)
        return profiles.error();
    if (const ImportProfile* detected = ProfileLibrary::detectHotList(profiles.value(), filePath))
        preview.detectedProfileId = detected->id;
    preview.profileId = profileId.isEmpty() ? preview.detectedProfileId : profileId;
    if (preview.profileId.isEmpty()) {
        preview.problem = ImportText::noProfile(preview.fileName, idsOf(profiles.value()));
        return preview;
    }
    auto found = ProfileLibrary::find(db, preview.profileId);
    if (!found)
        return found.error();
    const ImportProfile& profile = found.value();
    if (!profile.isHotList())
        return Error(ErrorCode::InvalidArgument, ImportText::notHotList(profile.id));
    preview.profileLabel = profile.label;
    preview.listName = listName.trimmed().isEmpty() ? profile.label : listName.trimmed();
    auto list = HotListImportRunner::findList(db, preview.listName);
    if (!list)
        return list.error();
    if (list.value()) {
        preview.listExists = true;
        preview.listOwner = list.value()->ownerName;
        preview.listEntries = list.value()->entries;
    }

    auto source = ImportSource::open(filePath, profile);
    if (!source) {
        preview.problem = source.error().message();
        return preview;
    }
    preview.layout = source.value()->layout();
    RecordStream stream(source.value()->records(), profile);
    if (auto started = stream.start(); !started) {
        preview.problem = started.error().message();
        return preview;
    }
    auto mapper = HotListMapper::create(profile, stream.header());
    if (!mapper) {
        preview.problem = mapper.error().message();
        return preview;
    }
    const QDate today = m_station.clock().nowUtc().date();
    SourceRecord record;
    MappedHotListEntry entry;
    while (preview.rows.size() < maxRows) {
        auto got = stream.next(record);
        if (!got) {
            preview.problem = got.error().message();
            break;
        }
        if (!got.value())
            break;
        HotListPreviewRow row;
        row.line = record.line;
        row.raw = record.raw;
        const QString rejection = mapper->map(record, entry);
        if (!rejection.isEmpty()) {
            row.outcome = HotListImportRow::Outcome::Rejected;
            row.reason = rejection;
        } else {
            row.plate = entry.plate;
            row.state = entry.state;
            row.category = entry.category;
            row.listCode = entry.listCode;
            row.expiry = entry.expiryDate.value_or(QDate());
            if (profile.skipExpiredEntries && row.expiry.isValid() && row.expiry < today) {
                row.outcome = HotListImportRow::Outcome::Skipped;
                row.reason = QStringLiteral("expired:") + row.expiry.toString(Qt::ISODate);
            } else if (!entry.flags.isEmpty()) {
                row.outcome = HotListImportRow::Outcome::Flagged;
                row.reason = entry.flags.join(QStringLiteral("; "));
            }
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<HotListImportJob> HotListImportService::prepare(const Session& session,
                                                       const HotListImportRequest& request) {
    if (auto active = m_station.requireActive(session, Permission::ManageOwnHotList); !active)
        return active.error();
    Database& db = m_station.database();
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();

    auto plan = std::make_unique<HotListImportPlan>();
    plan->store = &m_station.store();
    plan->audit = &m_station.auditLog();
    plan->clock = &m_station.clock();
    plan->actor = session.actor();
    plan->userId = session.userId;
    plan->client = session.clientName();
    plan->reviewDays = policy->hotListReviewDays();
    plan->maxWildcardEntries = policy->hotListMaxWildcardEntries();
    plan->caseNumber = request.caseNumber.trimmed();
    plan->reason = request.reason.trimmed();

    if (plan->caseNumber.isEmpty())
        return refuse(session, request, QStringLiteral("no_case"),
                      Error(ErrorCode::InvalidArgument, ImportText::caseRequired()));
    if (plan->reason.isEmpty())
        return refuse(session, request, QStringLiteral("no_reason"),
                      Error(ErrorCode::InvalidArgument, ImportText::reasonRequired()));
    // Lists may be held for matters recorded elsewhere; a case of this
    // store, though, must be open.
    auto file = CaseService::lookup(db, plan->caseNumber);
    if (file && !file->isOpen())
        return refuse(session, request, QStringLiteral("case_closed"),
                      Error(ErrorCode::InvalidArgument, ImportText::caseClosed(file->number)));
    if (!file && file.error().code() != ErrorCode::NotFound)
        return file.error();

    if (auto usable = checkFile(request.filePath); !usable)
        return refuse(session, request, QStringLiteral("unreadable_file"), usable.error());
    plan->filePath = QFileInfo(request.filePath).absoluteFilePath();
    plan->fileName = QFileInfo(request.filePath).fileName();
    auto sha = fileSha256(plan->filePath, plan->fileSize);
    if (!sha)
        return refuse(session, request, QStringLiteral("unreadable_file"), sha.error());
    plan->sha256 = sha.value();

    auto profiles = hotListProfiles(db);
    if (!profiles)
        return profiles.error();
    if (!request.profileId.isEmpty()) {
        auto found = ProfileLibrary::find(db, request.profileId);
        if (!found)
            return refuse(session, request, QStringLiteral("unknown_profile"), found.error(),
                          request.profileId, plan->sha256);
        if (!found->isHotList())
            return refuse(session, request, QStringLiteral("not_a_hotlist_profile"),
                          Error(ErrorCode::InvalidArgument, ImportText::notHotList(found->id)),
                          found->id, plan->sha256);
        plan->profile = found.value();
    } else {
        const ImportProfile* detected =
            ProfileLibrary::detectHotList(profiles.value(), plan->filePath);
        if (!detected)
            return refuse(session, request, QStringLiteral("no_matching_profile"),
                          Error(ErrorCode::InvalidArgument,
                                ImportText::noProfile(plan->fileName, idsOf(profiles.value()))),
                          {}, plan->sha256);
        plan->profile = *detected;
    }
    // The file must open with this profile before anything is recorded.
    if (auto source = ImportSource::open(plan->filePath, plan->profile); !source)
        return refuse(session, request, QStringLiteral("unreadable_file"), source.error(),
                      plan->profile.id, plan->sha256);

    plan->listName =
        request.listName.trimmed().isEmpty() ? plan->profile.label : request.listName.trimmed();
    if (plan->listName.size() > kMaxListName)
        return refuse(session, request, QStringLiteral("bad_list_name"),
                      Error(ErrorCode::InvalidArgument, ImportText::badListName()),
                      plan->profile.id, plan->sha256);
    auto list = HotListImportRunner::findList(db, plan->listName);
    if (!list)
        return list.error();
    if (list.value() && list.value()->ownerId != session.userId) {
        HotListImportRequest named = request;
        named.listName = plan->listName;
        return refuse(session, named, QStringLiteral("not_list_owner"),
                      Error(ErrorCode::AlreadyExists,
                            ImportText::notOwner(plan->listName, list.value()->ownerName)),
                      plan->profile.id, plan->sha256);
    }

    const QString state = request.defaultState.trimmed();
    if (!state.isEmpty()) {
        const StateMapper::Mapped mapped =
            StateMapper(StateMapper::Style::CodeOrName, false).map(state);
        if (!mapped.known())
            return refuse(session, request, QStringLiteral("bad_state"),
                          Error(ErrorCode::InvalidArgument, ImportText::badState(state)),
                          plan->profile.id, plan->sha256);
        plan->defaultState = mapped.code;
    }
    return HotListImportJob(std::move(plan));
}

Result<HotListImportSummary>
HotListImportService::importFile(const Session& session, const HotListImportRequest& request,
                                 const HotListImportProgressFn& progress) {
    auto job = prepare(session, request);
    if (!job)
        return job.error();
    return job->run(progress);
}

Result<QList<HotListImportRow>> HotListImportService::rows(const Session& session,
                                                           qint64 importId) {
    if (auto active = m_station.requireActive(session); !active)
        return active.error();
    Database& db = m_station.database();
    auto owner = db.prepare("SELECT l.owner_id FROM hotlist_imports i JOIN hotlist_lists l ON "
                            "l.id = i.list_id WHERE i.id = ?1");
    if (!owner)
        return owner.error();
    owner->bind(1, importId);
    auto found = owner->step();
    if (!found)
        return found.error();
    // Someone else's import is not shown, nor said to exist.
    if (!found.value() ||
        (owner->integer(0) != session.userId && !session.can(Permission::ViewStationHotList)))
        return Error(ErrorCode::NotFound, ImportText::importNotFound(importId));
    auto query = db.prepare("SELECT line, last_line, outcome, reason, raw FROM "
                            "hotlist_import_rows WHERE import_id = ?1 ORDER BY line, rowid");
    if (!query)
        return query.error();
    query->bind(1, importId);
    return query->collect<HotListImportRow>([](const Statement& row) {
        HotListImportRow out;
        out.line = row.integer(0);
        out.lastLine = row.integer(1);
        const QString outcome = row.text(2);
        for (const auto candidate :
             {HotListImportRow::Outcome::Accepted, HotListImportRow::Outcome::Flagged,
              HotListImportRow::Outcome::Rejected, HotListImportRow::Outcome::Duplicate,
              HotListImportRow::Outcome::Skipped}) {
            if (HotListImportRow::outcomeName(candidate) == outcome)
                out.outcome = candidate;
        }
        out.reason = row.text(3);
        out.message = HotListImportRunner::describe(out.reason);
        out.raw = row.text(4);
        return out;
    });
}

} // namespace pl::core
