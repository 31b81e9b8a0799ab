#include "core/import/ImportRunner.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/hotlist/AlertWriter.h"
#include "core/import/ImportIssueText.h"
#include "core/import/ImportLedger.h"
#include "core/import/ImportPlan.h"
#include "core/import/ImportSource.h"
#include "core/import/LocalTimeResolver.h"
#include "core/import/MappingPipeline.h"
#include "core/import/ReadMapper.h"
#include "core/import/ReadWriter.h"
#include "core/import/RecordStream.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>

#include <map>

namespace pl::core {

namespace {

class RunnerText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ImportRunner)
public:
    static QString busy(qint64 id) {
        return tr("Import %1 is being run by another PlateLedger program.").arg(id);
    }
    static QString cancelled() { return tr("Cancelled by the user."); }
};

// Per-device time zone converters, made on first use.
class ZoneCache {
public:
    Result<LocalTimeResolver*> forZone(const QString& zone) {
        auto it = m_resolvers.find(zone);
        if (it == m_resolvers.end()) {
            auto made = LocalTimeResolver::create(zone);
            if (!made)
                return made.error();
            it = m_resolvers.emplace(zone, std::move(made.value())).first;
        }
        return &it->second;
    }

private:
    std::map<QString, LocalTimeResolver> m_resolvers;
};

QJsonObject countsJson(const ImportCounts& counts) {
    QJsonObject object;
    object.insert(QStringLiteral("rowsRead"), counts.rowsRead);
    object.insert(QStringLiteral("stored"), counts.stored);
    object.insert(QStringLiteral("flagged"), counts.flagged);
    object.insert(QStringLiteral("duplicates"), counts.duplicates);
    object.insert(QStringLiteral("rejected"), counts.rejected);
    object.insert(QStringLiteral("nonDataLines"), counts.skipped);
    return object;
}

} // namespace

ImportRunner::ImportRunner(ImportPlan& plan)
    : m_plan(plan) {}

Result<ImportSummary> ImportRunner::run(const ImportProgressFn& progress) {
    auto connection = m_plan.store->openConnection();
    if (!connection)
        return connection.error();
    Database& db = *connection.value();
    // Bulk inserts into the (plate, time) index touch pages all over it; a
    // large cache keeps them in memory between commits (see benchmarks.md).
    if (auto set = db.exec("PRAGMA cache_size = -131072; PRAGMA foreign_keys = OFF"); !set)
        return set.error();
    const Clock& clock = *m_plan.clock;
    const AuditLog& audit = *m_plan.audit;
    const bool resuming = m_plan.resumeImportId > 0;

    ImportSummary summary;
    ImportCounts counts;
    std::optional<qint64> firstReadId;
    qint64 resumeRecord = 0;
    qint64 importId = m_plan.resumeImportId;

    std::unique_ptr<QLockFile> lock;
    const auto takeLock = [&](qint64 id) -> Status {
        lock = std::make_unique<QLockFile>(ImportLedger::lockPath(db.path(), id));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return Error(ErrorCode::Busy, RunnerText::busy(id));
        return {};
    };

    // Start (or restart) the import record, audited with it.
    {
        if (resuming) {
            if (auto locked = takeLock(importId); !locked)
                return locked.error();
        }
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        AuditRecord record(resuming ? AuditAction::importResumed() : AuditAction::importStarted(),
                           AuditOutcome::Success, QStringLiteral("file"), m_plan.fileName);
        if (resuming) {
            auto existing = ImportLedger::load(db, importId);
            if (!existing)
                return existing.error();
            counts = existing->counts;
            resumeRecord = existing->resumeRecord;
            if (auto set = ImportLedger::setStatus(db, importId, ImportRecord::Status::Running);
                !set)
                return set.error();
            record.details.insert(QStringLiteral("import"), importId);
            record.details.insert(QStringLiteral("resumeAfterRecord"), resumeRecord);
        } else {
            ImportLedger::NewImport entry;
            entry.fileName = m_plan.fileName;
            entry.filePath = m_plan.filePath;
            entry.sha256 = m_plan.sha256;
            entry.fileSize = m_plan.fileSize;
            entry.profileId = m_plan.profile.id;
            entry.profileJson = m_plan.profile.json;
            entry.timeZone = m_plan.timeZone;
            entry.optionsJson = m_plan.optionsJson();
            entry.userId = m_plan.actor.userId.value_or(0);
            entry.startedUtc = TimeFormat::toStorage(clock.nowUtc());
            entry.reimportConfirmed = m_plan.reimportConfirmed;
            // The device the person named is the import's own, created
            // now when new, so the record always says where the file came from.
            if (!m_plan.deviceName.isEmpty()) {
                auto devices = ReadWriter::create(db, 0, entry.userId, entry.startedUtc);
                if (!devices)
                    return devices.error();
                auto device = devices->device(m_plan.deviceName, m_plan.deviceType, m_plan.timeZone,
                                              m_plan.deviceLatitude, m_plan.deviceLongitude);
                if (!device)
                    return device.error();
                entry.deviceId = device->id;
                if (!devices->createdDevices().isEmpty())
                    record.details.insert(QStringLiteral("deviceCreated"), true);
            }
            auto created = ImportLedger::create(db, entry);
            if (!created)
                return created.error();
            importId = created.value();
            m_plan.resumeImportId = importId;
            if (auto locked = takeLock(importId); !locked)
                return locked.error();
        }
        record.details.insert(QStringLiteral("import"), importId);
        record.details.insert(QStringLiteral("sha256"), m_plan.sha256);
        record.details.insert(QStringLiteral("size"), m_plan.fileSize);
        record.details.insert(QStringLiteral("profile"), m_plan.profile.id);
        record.details.insert(QStringLiteral("device"), m_plan.deviceName);
        record.details.insert(QStringLiteral("timeZone"), m_plan.timeZone);
        record.details.insert(QStringLiteral("client"), m_plan.client);
        if (m_plan.reimportConfirmed) {
            record.details.insert(QStringLiteral("reimportConfirmed"), true);
            record.details.insert(QStringLiteral("previousImports"),
                                  QJsonArray::fromStringList(m_plan.previousImports));
        }
        if (auto added = audit.append(tx.value(), m_plan.actor, record); !added)
            return added.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
    }

    // Ends the import: the record's final state and its audit event commit
    // together (with the last batch when there is one).
    const auto finish = [&](std::optional<Transaction>& tx, ImportRecord::Status status,
                            const QString& failure) -> Status {
        if (!tx) {
            auto begun = Transaction::begin(db);
            if (!begun)
                return begun.error();
            tx.emplace(std::move(begun.value()));
        }
        if (auto saved =
                ImportLedger::saveProgress(db, importId, counts, resumeRecord, firstReadId);
            !saved)
            return saved;
        if (auto done = ImportLedger::finish(db, importId, status,
                                             TimeFormat::toStorage(clock.nowUtc()), failure);
            !done)
            return done;
        const QString action =
            status == ImportRecord::Status::Complete    ? AuditAction::importCompleted()
            : status == ImportRecord::Status::Cancelled ? AuditAction::importCancelled()
                                                        : AuditAction::importFailed();
        AuditRecord record(action,
                           status == ImportRecord::Status::Complete ? AuditOutcome::Success
                                                                    : AuditOutcome::Failure,
                           QStringLiteral("import"), QString::number(importId));
        record.details = countsJson(counts);
        record.details.insert(QStringLiteral("file"), m_plan.fileName);
        record.details.insert(QStringLiteral("sha256"), m_plan.sha256);
        record.details.insert(QStringLiteral("client"), m_plan.client);
        record.details.insert(QStringLiteral("alerts"), summary.alerts);
        if (!failure.isEmpty())
            record.details.insert(QStringLiteral("failure"), failure);
        if (auto added = audit.append(*tx, m_plan.actor, record); !added)
            return added.error();
        return tx->commit();
    };
    const auto summarize = [&]() -> Result<ImportSummary> {
        auto stored = ImportLedger::load(db, importId);
        if (!stored)
            return stored.error();
        summary.record = stored.value();
        return summary;
    };
    // A failure after the record exists is recorded as such; the batch in
    // flight is rolled back first so the record matches what is stored.
    const auto fail = [&](std::optional<Transaction>& tx,
                          const Error& error) -> Result<ImportSummary> {
        tx.reset();
        std::optional<Transaction> fresh;
        if (auto recorded = finish(fresh, ImportRecord::Status::Failed, error.message()); !recorded)
            return recorded.error();
        auto result = summarize();
        if (!result)
            return result.error();
        return result;
    };

    std::optional<Transaction> tx;
    auto source = ImportSource::open(m_plan.filePath, m_plan.profile, m_plan.sheet);
    if (!source)
        return fail(tx, source.error());
    RecordStream stream(source.value()->records(), m_plan.profile);
    if (auto started = stream.start(); !started)
        return fail(tx, started.error());
    ReadMapper::Context context;
    context.importDir = QFileInfo(m_plan.filePath).absolutePath();
    context.baseTime = m_plan.baseTime;
    context.date1904 = source.value()->records().date1904();
    context.fromWorkbook = source.value()->container() == ImportSource::Container::Xlsx;
    auto mapper = ReadMapper::create(m_plan.profile, stream.header(), context);
    if (!mapper)
        return fail(tx, mapper.error());
    auto writer = ReadWriter::create(db, importId, m_plan.actor.userId.value_or(0),
                                     TimeFormat::toStorage(clock.nowUtc()));
    if (!writer)
        return fail(tx, writer.error());
    // The hot-list entries in force when the import starts; each stored read
    // is matched against them in the transaction that stores it.
    auto alerts = AlertWriter::create(db, audit, m_plan.actor, clock);
    if (!alerts)
        return fail(tx, alerts.error());

    ZoneCache zones;
    std::optional<Device> current; // the device of the last row, and its zone
    bool currentIsOwn = false;     // current is the import's own device
    QString currentName;           // the name the last row gave it
    LocalTimeResolver* currentZone = nullptr;
    const qint64 windowMs = static_cast<qint64>(m_plan.profile.dedupeWindowSeconds * 1000.0);
    const qint64 nowMs = clock.nowUtc().toMSecsSinceEpoch();

    const int maxBatch = m_plan.batchRows > 0 ? m_plan.batchRows : batchRows;
    QElapsedTimer batchTimer;
    int batchCount = 0;
    int sinceProgress = 0;
    bool cancelled = false;
    const qint64 bytesTotal = stream.source().progressTotal();
    qint64 bytesDone = stream.source().progressDone();
    MappingPipeline::Row* row = nullptr;

    const auto report = [&]() -> bool {
        if (!progress)
            return true;
        ImportProgress state;
        state.bytesDone = bytesDone;
        state.bytesTotal = bytesTotal;
        state.counts = counts;
        return progress(state);
    };
    const auto addIssue = [&](ImportRowIssue::Kind kind, const QString& code) -> Status {
        ImportRowIssue issue;
        issue.line = row->line;
        issue.lastLine = row->lastLine;
        issue.kind = kind;
        issue.code = code;
        issue.raw = row->raw;
        if (auto stored = writer->insertIssue(issue); !stored)
            return stored;
        if (summary.issues.size() < summaryIssueLimit) {
            issue.message = ImportIssueText::describe(code);
            summary.issues.append(issue);
        }
        return {};
    };

    if (!report())
        cancelled = true;
    // Reading and mapping run ahead on a second thread from here on.
    MappingPipeline pipeline(stream, mapper.value(), resumeRecord);
    while (!cancelled) {
        if (!tx) {
            auto begun = Transaction::begin(db);
            if (!begun)
                return fail(tx, begun.error());
            tx.emplace(std::move(begun.value()));
            batchTimer.start();
            batchCount = 0;
        }
        auto got = pipeline.next();
        if (!got)
            return fail(tx, got.error());
        if (!got.value())
            break;
        row = got.value();
        ++counts.rowsRead;
        ++batchCount;
        counts.skipped = row->nonDataLines;
        bytesDone = row->bytesDone;

        QString& rejection = row->rejection;
        MappedRead& read = row->read;
        const Device* device = nullptr;
        if (rejection.isEmpty()) {
            // Rows mostly repeat the device of the row before, which is the
            // import's own device when the file has no device column.
            const bool ownDevice = read.deviceName.isEmpty();
            const QString& name = ownDevice ? m_plan.deviceName : read.deviceName;
            if (name.isEmpty()) {
                rejection = QStringLiteral("missing_device");
            } else if (!current || ownDevice != currentIsOwn ||
                       (!ownDevice && name != currentName)) {
                auto found = writer->device(
                    name, m_plan.deviceType, m_plan.timeZone,
                    name == m_plan.deviceName ? m_plan.deviceLatitude : std::nullopt,
                    name == m_plan.deviceName ? m_plan.deviceLongitude : std::nullopt);
                if (!found)
                    return fail(tx, found.error());
                // The default device's times are in the zone chosen for this
                // import; other devices' in their own.
                const QString zone =
                    found->name.compare(m_plan.deviceName, Qt::CaseInsensitive) == 0
                        ? m_plan.timeZone
                        : found->timeZone;
                auto resolver = zones.forZone(zone);
                if (!resolver)
                    return fail(tx, resolver.error());
                current = found.value();
                currentZone = resolver.value();
                currentIsOwn = ownDevice;
                currentName = name;
            }
            device = current ? &*current : nullptr;
        }
        if (rejection.isEmpty())
            rejection = mapper->resolveTime(read, *currentZone, nowMs);
        if (!rejection.isEmpty()) {
            ++counts.rejected;
            if (auto added = addIssue(ImportRowIssue::Kind::Rejected, rejection); !added)
                return fail(tx, added.error());
        } else {
            if (!read.latitude && device->hasLocation()) {
                read.latitude = device->latitude;
                read.longitude = device->longitude;
                read.locationFromDevice = true;
                read.flags.append(QStringLiteral("location_from_device"));
            }
            // An exact duplicate is refused by the unique (plate, time, device)
            // index; a tolerance window needs a look first.
            std::optional<qint64> inserted;
            bool duplicateFound = false;
            if (windowMs > 0) {
                auto duplicate =
                    writer->findDuplicate(read.plate, device->id, read.timeMs, windowMs);
                if (!duplicate)
                    return fail(tx, duplicate.error());
                duplicateFound = duplicate->has_value();
            }
            if (!duplicateFound) {
                auto stored = writer->insertRead(read, row->text, device->id, row->line);
                if (!stored)
                    return fail(tx, stored.error());
                inserted = stored.value();
            }
            if (inserted) {
                auto raised = alerts->onRead(
                    *tx, {*inserted, read.plate, read.state, read.timeMs, device->name});
                if (!raised)
                    return fail(tx, raised.error());
                summary.alerts += raised.value();
                if (!firstReadId)
                    firstReadId = *inserted;
                ++counts.stored;
                if (!read.flags.isEmpty())
                    ++counts.flagged;
            } else {
                auto duplicate =
                    writer->findDuplicate(read.plate, device->id, read.timeMs, windowMs);
                if (!duplicate)
                    return fail(tx, duplicate.error());
                ++counts.duplicates;
                const ReadWriter::Duplicate found = duplicate->value_or(ReadWriter::Duplicate());
                const QString code =
                    found.importId == importId && found.line
                        ? QStringLiteral("duplicate_of_line:") + QString::number(*found.line)
                        : QStringLiteral("duplicate_of_read:") + QString::number(found.readId);
                if (auto added = addIssue(ImportRowIssue::Kind::Duplicate, code); !added)
                    return fail(tx, added.error());
            }
        }

        if (++sinceProgress >= progressRows) {
            sinceProgress = 0;
            if (!report()) {
                cancelled = true;
                break;
            }
        }
        if (batchCount >= maxBatch || batchTimer.elapsed() >= batchSeconds * 1000) {
            resumeRecord = row->consumed;
            if (auto saved =
                    ImportLedger::saveProgress(db, importId, counts, resumeRecord, firstReadId);
                !saved)
                return fail(tx, saved.error());
            if (auto committed = tx->commit(); !committed)
                return fail(tx, committed.error());
            tx.reset();
        }
    }

    summary.ocrEquivalentPlates = pipeline.lookAlikeGroups();
    if (cancelled) {
        pipeline.stop();
        // The batch in flight is dropped whole; the record keeps the counts
        // and resume point of the last committed batch.
        tx.reset();
        auto committed = ImportLedger::load(db, importId);
        if (!committed)
            return committed.error();
        counts = committed->counts;
        resumeRecord = committed->resumeRecord;
        std::optional<Transaction> fresh;
        if (auto done = finish(fresh, ImportRecord::Status::Cancelled, RunnerText::cancelled());
            !done)
            return done.error();
        // Issues of the dropped batch are not in the store; keep the summary honest.
        auto stored = ImportLedger::rowIssues(db, importId);
        if (stored)
            summary.issues = stored->mid(0, summaryIssueLimit);
        return summarize();
    }
    counts.skipped = pipeline.nonDataLines();
    resumeRecord = qMax(resumeRecord, pipeline.consumed());
    bytesDone = bytesTotal;
    if (auto done = finish(tx, ImportRecord::Status::Complete, {}); !done)
        return fail(tx, done.error());
    if (resuming) {
        auto stored = ImportLedger::rowIssues(db, importId);
        if (stored)
            summary.issues = stored->mid(0, summaryIssueLimit);
    }
    report();
    return summarize();
}

} // namespace pl::core
