#include "core/import/ImportService.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/FileDigest.h"
#include "core/import/CsvReader.h"
#include "core/import/ImportIssueText.h"
#include "core/import/ImportLedger.h"
#include "core/import/ImportPlan.h"
#include "core/import/ImportRunner.h"
#include "core/import/ImportSource.h"
#include "core/import/ProfileLibrary.h"
#include "core/import/ReadMapper.h"
#include "core/import/ReadWriter.h"
#include "core/import/RecordStream.h"
#include "core/import/XlsxReader.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace pl::core {

namespace {

class ServiceText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ImportService)
public:
    static QString cannotRead(const QString& path, const QString& why) {
        return tr("Cannot read \"%1\": %2").arg(path, why);
    }
    static QString notAFile(const QString& path) { return tr("\"%1\" is not a file.").arg(path); }
    static QString noProfile(const QString& file) {
        return tr("No import profile recognises the layout of \"%1\". Choose a profile, or map "
                  "the columns and save a profile.")
            .arg(file);
    }
    static QString notReads(const QString& id) {
        return tr("The profile \"%1\" is for hot lists, not reads.").arg(id);
    }
    static QString needDevice() { return tr("Choose the reader device the file came from."); }
    static QString badZone(const QString& zone) {
        return tr("\"%1\" is not a known time zone (use a name such as America/Chicago).")
            .arg(zone);
    }
    static QString needBaseTime() {
        return tr("This layout gives times as seconds into a video: enter the video's start "
                  "date and time.");
    }
    static QString alreadyImported(const QString& file, const QString& list) {
        return tr("\"%1\" was imported before (%2). Importing it again needs your confirmation.")
            .arg(file, list);
    }
    static QString previous(qint64 id, const QString& when, const QString& who) {
        return tr("import %1 on %2 by %3").arg(id).arg(when, who);
    }
    static QString badDeviceName() { return tr("A device needs a name of 1 to 80 characters."); }
    static QString badLocation() {
        return tr("The fixed location must have a latitude between -90 and 90 and a longitude "
                  "between -180 and 180.");
    }
    static QString deviceExists(const QString& name) {
        return tr("A device named \"%1\" exists already.").arg(name);
    }
    static QString notIncomplete(qint64 id) {
        return tr("Import %1 is not incomplete: only cancelled, failed or interrupted imports can "
                  "be resumed or rolled back.")
            .arg(id);
    }
    static QString stillRunning(qint64 id) {
        return tr("Import %1 is still running in another PlateLedger program.").arg(id);
    }
    static QString fileChanged(const QString& path) {
        return tr("\"%1\" is not the file this import started with (its SHA-256 differs), so it "
                  "cannot be resumed. Roll the import back instead.")
            .arg(path);
    }
    static QString cannotWrite(const QString& path, const QString& why) {
        return tr("Cannot write \"%1\": %2").arg(path, why);
    }
    static QString rollbackCancelled() {
        return tr("The roll-back was cancelled; the import and its reads are as they were.");
    }
    static QString profileIdTaken() {
        return tr("Choose a profile id of lowercase letters, digits and dashes.");
    }
};

Result<QString> sha256Of(const QString& path, qint64* size = nullptr) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, ServiceText::cannotRead(path, file.errorString()));
    const auto digest = pl::core::sha256Of(file);
    if (!digest)
        return Error(ErrorCode::Io, ServiceText::cannotRead(path, file.errorString()));
    if (size)
        *size = file.size();
    return QString::fromLatin1(digest->toHex());
}

Status checkFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound,
                     ServiceText::cannotRead(path, QCoreApplication::translate(
                                                       "pl::core::ImportService", "no such file")));
    if (!info.isFile())
        return Error(ErrorCode::InvalidArgument, ServiceText::notAFile(path));
    return {};
}

// The first rows of a file, read without a profile, for layout detection.
Result<QList<QStringList>> firstRows(const QString& path, const QString& sheet, int count,
                                     QStringList* sheets) {
    auto container = ImportSource::sniffContainer(path);
    if (!container)
        return container.error();
    std::unique_ptr<RecordSource> reader;
    QFile file(path);
    if (container.value() == ImportSource::Container::Xlsx) {
        auto workbook = XlsxReader::open(path);
        if (!workbook)
            return workbook.error();
        if (sheets)
            *sheets = workbook.value()->sheetNames();
        if (!sheet.isEmpty()) {
            if (auto selected = workbook.value()->selectSheet(sheet); !selected)
                return selected.error();
        }
        reader = std::move(workbook.value());
    } else {
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, ServiceText::cannotRead(path, file.errorString()));
        auto sniff = CsvReader::sniff(&file);
        if (!sniff)
            return sniff.error();
        CsvReader::Options options;
        options.delimiter = sniff->delimiter != 0 ? sniff->delimiter : ',';
        reader = std::make_unique<CsvReader>(&file, options);
    }
    QList<QStringList> rows;
    SourceRecord record;
    while (rows.size() < count) {
        auto got = reader->next(record);
        if (!got)
            return got.error();
        if (!got.value())
            break;
        QStringList cells;
        for (const SourceCell& cell : record.cells)
            cells.append(cell.text);
        rows.append(cells);
    }
    return rows;
}

// The profile a file's first rows fit, or nothing. A workbook's reads are
// often not on its first sheet, so the other sheets are tried too.
Result<std::optional<ImportProfile>> detectProfile(Database& db, const QString& path,
                                                   const QString& sheet) {
    auto profiles = ProfileLibrary::all(db);
    if (!profiles)
        return profiles.error();
    QStringList sheets;
    auto rows = firstRows(path, sheet, 20, &sheets);
    if (!rows)
        return rows.error();
    const ImportProfile* detected = ProfileLibrary::detect(profiles.value(), path, rows.value());
    for (qsizetype i = 1; !detected && sheet.isEmpty() && i < sheets.size(); ++i) {
        auto more = firstRows(path, sheets.at(i), 20, nullptr);
        if (more)
            detected = ProfileLibrary::detect(profiles.value(), path, more.value());
    }
    if (!detected)
        return std::optional<ImportProfile>();
    return std::optional<ImportProfile>(*detected);
}

// An import that may be resumed or rolled back: stopped, and not by
// finishing or a rollback.
Result<ImportRecord> incompleteImport(Database& db, qint64 importId) {
    auto record = ImportLedger::load(db, importId);
    if (!record)
        return record.error();
    if (record->status == ImportRecord::Status::Running && !record->interrupted)
        return Error(ErrorCode::Busy, ServiceText::stillRunning(importId));
    if (!record->isIncomplete())
        return Error(ErrorCode::InvalidArgument, ServiceText::notIncomplete(importId));
    return record;
}

QString csvCell(const QString& text) {
    QString cell = text;
    // A cell Excel would run as a formula is made inert.
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

// A cell as the preview shows it: spreadsheet dates as dates, not serials.
QString previewText(const SourceCell& cell, bool date1904) {
    if (cell.kind != SourceCell::Kind::Number || !cell.dateStyled)
        return cell.text;
    const XlsxReader::WallClock wall = XlsxReader::excelSerialToDateTime(cell.number, date1904);
    if (!wall.isValid())
        return cell.text;
    if (cell.number < 1.0)
        return wall.time.toString(QStringLiteral("HH:mm:ss"));
    if (wall.time == QTime(0, 0))
        return wall.date.toString(QStringLiteral("yyyy-MM-dd"));
    return wall.date.toString(QStringLiteral("yyyy-MM-dd ")) +
           wall.time.toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

ImportJob::ImportJob(std::unique_ptr<ImportPlan> plan)
    : m_plan(std::move(plan)) {}
ImportJob::~ImportJob() = default;
ImportJob::ImportJob(ImportJob&&) noexcept = default;
ImportJob& ImportJob::operator=(ImportJob&&) noexcept = default;

Result<ImportSummary> ImportJob::run(const ImportProgressFn& progress) {
    ImportRunner runner(*m_plan);
    return runner.run(progress);
}

const ImportProfile& ImportJob::profile() const {
    return m_plan->profile;
}

qint64 ImportJob::importId() const {
    return m_plan->resumeImportId;
}

void ImportJob::setBatchRows(int rows) {
    m_plan->batchRows = rows;
}

ImportService::ImportService(Station& station)
    : m_station(station) {}

void ImportService::attach(ImportPlan& plan, const Session& session) const {
    plan.store = &m_station.store();
    plan.audit = &m_station.auditLog();
    plan.clock = &m_station.clock();
    plan.actor = session.actor();
    plan.client = session.clientName();
}

ImportService::~ImportService() = default;

Result<QList<ImportProfile>> ImportService::profiles(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    auto all = ProfileLibrary::all(m_station.database());
    if (!all)
        return all.error();
    // Hot-list layouts have their own import.
    QList<ImportProfile> reads;
    for (const ImportProfile& profile : all.value()) {
        if (!profile.isHotList())
            reads.append(profile);
    }
    return reads;
}

Status ImportService::saveProfile(const Session& session, const ImportProfile& profile) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active;
    auto tx = Transaction::begin(m_station.database());
    if (!tx)
        return tx.error();
    const QString now = TimeFormat::toStorage(m_station.clock().nowUtc());
    if (auto saved = ProfileLibrary::save(tx.value(), profile, session.userId, now); !saved)
        return saved;
    AuditRecord record(AuditAction::importProfileSaved(), AuditOutcome::Success,
                       QStringLiteral("profile"), profile.id);
    record.details.insert(QStringLiteral("label"), profile.label);
    record.details.insert(
        QStringLiteral("definitionSha256"),
        QString::fromLatin1(
            QCryptographicHash::hash(profile.json, QCryptographicHash::Sha256).toHex()));
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    return tx->commit();
}

Result<QList<Device>> ImportService::devices(const Session& session) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    return ReadWriter::listDevices(m_station.database());
}

Result<Device> ImportService::createDevice(const Session& session, const Device& device) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    const QString name = device.name.trimmed();
    if (name.isEmpty() || name.size() > 80)
        return Error(ErrorCode::InvalidArgument, ServiceText::badDeviceName());
    if (!QTimeZone(device.timeZone.toUtf8()).isValid())
        return Error(ErrorCode::InvalidArgument, ServiceText::badZone(device.timeZone));
    if (device.latitude.has_value() != device.longitude.has_value() ||
        (device.latitude && (qAbs(*device.latitude) > 90.0 || qAbs(*device.longitude) > 180.0)))
        return Error(ErrorCode::InvalidArgument, ServiceText::badLocation());
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto existing = ReadWriter::lookupDevice(db, name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error(ErrorCode::AlreadyExists, ServiceText::deviceExists(name));
    const QDateTime now = m_station.clock().nowUtc();
    auto insert = db.prepare("INSERT INTO devices (name, type, time_zone, latitude, longitude, "
                             "created_utc, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return insert.error();
    insert->bind(1, name).bind(2, Device::typeName(device.type)).bind(3, device.timeZone);
    if (device.latitude)
        insert->bind(4, *device.latitude).bind(5, *device.longitude);
    else
        insert->bindNull(4).bindNull(5);
    insert->bind(6, TimeFormat::toStorage(now)).bind(7, session.userId);
    if (auto done = insert->run(); !done)
        return done.error();
    Device created = device;
    created.id = db.lastInsertRowId();
    created.name = name;
    created.createdUtc = now;
    AuditRecord record(AuditAction::deviceCreated(), AuditOutcome::Success,
                       QStringLiteral("device"), name);
    record.details.insert(QStringLiteral("type"), Device::typeName(device.type));
    record.details.insert(QStringLiteral("timeZone"), device.timeZone);
    if (device.latitude) {
        record.details.insert(QStringLiteral("latitude"), *device.latitude);
        record.details.insert(QStringLiteral("longitude"), *device.longitude);
    }
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return created;
}

Result<ImportPreview> ImportService::preview(const Session& session, const QString& filePath,
                                             const QString& profileId, const QString& sheet,
                                             int maxRows) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    if (auto usable = checkFile(filePath); !usable)
        return usable.error();
    ImportPreview preview;
    preview.filePath = filePath;
    preview.fileName = QFileInfo(filePath).fileName();
    auto sha = sha256Of(filePath, &preview.fileSize);
    if (!sha)
        return sha.error();
    preview.sha256 = sha.value();
    auto previous = ImportLedger::withSha256(m_station.database(), preview.sha256);
    if (!previous)
        return previous.error();
    preview.previousImports = previous.value();

    std::optional<ImportProfile> profile;
    if (!profileId.isEmpty()) {
        auto found = ProfileLibrary::find(m_station.database(), profileId);
        if (!found)
            return found.error();
        profile = found.value();
    } else {
        auto detected = detectProfile(m_station.database(), filePath, sheet);
        if (!detected)
            return detected.error();
        profile = detected.value();
        if (profile)
            preview.detectedProfileId = profile->id;
    }

    if (!profile) {
        // Nothing matched: show the file as it is, first row as header.
        QStringList sheets;
        auto rows = firstRows(filePath, sheet, maxRows + 1, &sheets);
        if (!rows)
            return rows.error();
        preview.sheets = sheets;
        preview.sheet = sheet.isEmpty() ? sheets.value(0) : sheet;
        if (!rows->isEmpty()) {
            preview.header = rows->takeFirst();
            preview.headerLine = 1;
        }
        preview.rows = rows.value();
        ImportProfile generic;
        generic.delimiter = '\0';
        generic.container =
            sheets.isEmpty() ? ImportProfile::Container::Text : ImportProfile::Container::Xlsx;
        if (auto source = ImportSource::open(filePath, generic, sheet))
            preview.detectedLayout = source.value()->layout();
        return preview;
    }

    auto source = ImportSource::open(filePath, *profile, sheet);
    if (!source)
        return source.error();
    preview.sheets = source.value()->sheets();
    preview.sheet = source.value()->sheet();
    preview.detectedLayout = source.value()->layout();
    RecordStream stream(source.value()->records(), *profile);
    if (auto started = stream.start(); !started)
        return started.error();
    SourceRecord record;
    while (preview.rows.size() < maxRows) {
        auto got = stream.next(record);
        if (!got)
            return got.error();
        if (!got.value())
            break;
        QStringList cells;
        for (const SourceCell& cell : record.cells)
            cells.append(previewText(cell, source.value()->records().date1904()));
        preview.rows.append(cells);
        preview.rowLines.append(record.line);
    }
    preview.header = stream.header();
    preview.headerLine = stream.headerLine();
    preview.mapping = ReadMapper::columnMapping(*profile, preview.header);
    if (preview.detectedProfileId.isEmpty())
        preview.detectedProfileId = profile->id;
    return preview;
}

Result<ImportJob> ImportService::prepare(const Session& session, const ImportRequest& request) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    if (auto usable = checkFile(request.filePath); !usable)
        return usable.error();
    Database& db = m_station.database();

    auto plan = std::make_unique<ImportPlan>();
    attach(*plan, session);
    plan->filePath = QFileInfo(request.filePath).absoluteFilePath();
    plan->fileName = QFileInfo(request.filePath).fileName();
    plan->sheet = request.sheet;
    plan->deviceName = request.deviceName.trimmed();
    plan->deviceType = request.deviceType;
    plan->deviceLatitude = request.deviceLatitude;
    plan->deviceLongitude = request.deviceLongitude;
    plan->baseTime = request.baseTime;
    plan->reimportConfirmed = request.confirmReimport;

    if (!request.profileId.isEmpty()) {
        auto found = ProfileLibrary::find(db, request.profileId);
        if (!found)
            return found.error();
        plan->profile = found.value();
    } else {
        auto detected = detectProfile(db, request.filePath, request.sheet);
        if (!detected)
            return detected.error();
        if (!detected.value())
            return Error(ErrorCode::InvalidArgument, ServiceText::noProfile(plan->fileName));
        plan->profile = *detected.value();
    }
    if (plan->profile.kind != QStringLiteral("reads"))
        return Error(ErrorCode::InvalidArgument, ServiceText::notReads(plan->profile.id));
    if (plan->profile.needsBaseTime() && !plan->baseTime.isValid())
        return Error(ErrorCode::InvalidArgument, ServiceText::needBaseTime());
    if (plan->deviceName.isEmpty() && !plan->profile.field(QStringLiteral("device_id")))
        return Error(ErrorCode::InvalidArgument, ServiceText::needDevice());
    if (plan->deviceName.size() > 80)
        return Error(ErrorCode::InvalidArgument, ServiceText::badDeviceName());
    if (plan->deviceLatitude.has_value() != plan->deviceLongitude.has_value() ||
        (plan->deviceLatitude &&
         (qAbs(*plan->deviceLatitude) > 90.0 || qAbs(*plan->deviceLongitude) > 180.0)))
        return Error(ErrorCode::InvalidArgument, ServiceText::badLocation());

    // The zone: as asked, else the existing device's, else the profile's,
    // else this computer's.
    std::optional<Device> existing;
    if (!plan->deviceName.isEmpty()) {
        auto found = ReadWriter::lookupDevice(db, plan->deviceName);
        if (!found)
            return found.error();
        existing = found.value();
    }
    plan->timeZone = request.timeZone.trimmed();
    if (plan->timeZone.isEmpty() && existing)
        plan->timeZone = existing->timeZone;
    if (plan->timeZone.isEmpty())
        plan->timeZone = plan->profile.timeZone;
    if (plan->timeZone.isEmpty())
        plan->timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone(plan->timeZone.toUtf8()).isValid())
        return Error(ErrorCode::InvalidArgument, ServiceText::badZone(plan->timeZone));

    // The file must open with this profile before anything is recorded.
    auto source = ImportSource::open(plan->filePath, plan->profile, plan->sheet);
    if (!source)
        return source.error();
    plan->sheet = source.value()->sheet();
    source.value().reset();

    auto sha = sha256Of(plan->filePath, &plan->fileSize);
    if (!sha)
        return sha.error();
    plan->sha256 = sha.value();
    auto previous = ImportLedger::withSha256(db, plan->sha256);
    if (!previous)
        return previous.error();
    QStringList descriptions;
    for (const ImportRecord& record : previous.value()) {
        if (record.status == ImportRecord::Status::RolledBack)
            continue;
        plan->previousImports.append(QString::number(record.id));
        descriptions.append(ServiceText::previous(
            record.id, TimeFormat::toDisplay(record.startedUtc), record.userName));
    }
    if (!plan->previousImports.isEmpty() && !request.confirmReimport) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        AuditRecord record(AuditAction::importRefused(), AuditOutcome::Refused,
                           QStringLiteral("file"), plan->fileName);
        record.details.insert(QStringLiteral("sha256"), plan->sha256);
        record.details.insert(QStringLiteral("size"), plan->fileSize);
        record.details.insert(QStringLiteral("why"), QStringLiteral("already_imported"));
        record.details.insert(QStringLiteral("previousImports"),
                              QJsonArray::fromStringList(plan->previousImports));
        record.details.insert(QStringLiteral("client"), plan->client);
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
            return added.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        return Error(
            ErrorCode::AlreadyExists,
            ServiceText::alreadyImported(plan->fileName, descriptions.join(QStringLiteral("; "))),
            plan->previousImports);
    }
    return ImportJob(std::move(plan));
}

Result<ImportJob> ImportService::prepareResume(const Session& session, qint64 importId) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    Database& db = m_station.database();
    auto record = incompleteImport(db, importId);
    if (!record)
        return record.error();
    auto definition = ImportLedger::definition(db, importId);
    if (!definition)
        return definition.error();
    auto profile = ImportProfile::fromJson(definition->first);
    if (!profile)
        return profile.error();
    auto sha = sha256Of(record->filePath);
    if (!sha)
        return sha.error();
    if (sha.value() != record->sha256)
        return Error(ErrorCode::InvalidArgument, ServiceText::fileChanged(record->filePath));

    auto plan = std::make_unique<ImportPlan>(ImportPlan::fromOptions(definition->second));
    attach(*plan, session);
    plan->profile = profile.value();
    plan->filePath = record->filePath;
    plan->fileName = record->fileName;
    plan->sha256 = record->sha256;
    plan->fileSize = record->fileSize;
    plan->resumeImportId = importId;
    return ImportJob(std::move(plan));
}

struct RollbackJob::Plan {
    const Store* store = nullptr;
    const AuditLog* audit = nullptr;
    const Clock* clock = nullptr;
    AuditActor actor;
    QString client;
    ImportRecord record;
};

RollbackJob::RollbackJob(std::unique_ptr<Plan> plan)
    : m_plan(std::move(plan)) {}
RollbackJob::~RollbackJob() = default;
RollbackJob::RollbackJob(RollbackJob&&) noexcept = default;
RollbackJob& RollbackJob::operator=(RollbackJob&&) noexcept = default;

const ImportRecord& RollbackJob::record() const {
    return m_plan->record;
}

Result<qint64> RollbackJob::run(const RollbackProgressFn& progress) {
    auto connection = m_plan->store->openConnection();
    if (!connection)
        return connection.error();
    Database& db = *connection.value();
    const qint64 importId = m_plan->record.id;
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Checked again under the write lock: another program may have resumed
    // or rolled back the import since.
    auto record = incompleteImport(db, importId);
    if (!record)
        return record.error();
    auto first = ImportLedger::firstReadId(db, importId);
    if (!first)
        return first.error();
    qint64 removed = 0;
    if (first.value()) {
        auto last = db.prepare("SELECT max(id) FROM reads");
        if (!last)
            return last.error();
        if (auto row = last->step(); !row)
            return row.error();
        const qint64 lastId = last->integer(0);
        // The import's reads start at its first read id (ids only grow);
        // other imports' reads may lie between them, so the import is
        // checked too. In steps of ids, so progress shows and a cancel is
        // noticed.
        auto images = db.prepare("DELETE FROM read_images WHERE read_id IN (SELECT id FROM reads "
                                 "WHERE id BETWEEN ?2 AND ?3 AND import_id = ?1)");
        if (!images)
            return images.error();
        // Alerts the reads raised stay on record (for the hot-list reports)
        // but no longer name the reads.
        auto alerts = db.prepare(
            "UPDATE alerts SET read_id = NULL, read_plate = NULL, read_state = NULL, "
            "read_time_ms = NULL, device_name = NULL WHERE read_id IN (SELECT id FROM reads "
            "WHERE id BETWEEN ?2 AND ?3 AND import_id = ?1)");
        if (!alerts)
            return alerts.error();
        auto reads = db.prepare("DELETE FROM reads WHERE id BETWEEN ?2 AND ?3 AND import_id = ?1");
        if (!reads)
            return reads.error();
        const qint64 total = qMax<qint64>(record->counts.stored, 1);
        constexpr qint64 step = 20000;
        for (qint64 from = *first.value(); from <= lastId; from += step) {
            if (progress && !progress(removed, total))
                return Error(ErrorCode::Cancelled, ServiceText::rollbackCancelled());
            for (Statement* statement : {&images.value(), &alerts.value(), &reads.value()}) {
                statement->reset();
                statement->bind(1, importId).bind(2, from).bind(3, from + step - 1);
                if (auto done = statement->run(); !done)
                    return done.error();
            }
            removed += db.changes();
        }
    }
    if (auto finished = ImportLedger::finish(db, importId, ImportRecord::Status::RolledBack,
                                             TimeFormat::toStorage(m_plan->clock->nowUtc()), {});
        !finished)
        return finished.error();
    AuditRecord audit(AuditAction::importRolledBack(), AuditOutcome::Success,
                      QStringLiteral("import"), QString::number(importId));
    audit.details.insert(QStringLiteral("file"), record->fileName);
    audit.details.insert(QStringLiteral("sha256"), record->sha256);
    audit.details.insert(QStringLiteral("readsRemoved"), removed);
    audit.details.insert(QStringLiteral("previousStatus"),
                         ImportRecord::statusName(record->status));
    audit.details.insert(QStringLiteral("client"), m_plan->client);
    if (auto added = m_plan->audit->append(tx.value(), m_plan->actor, audit); !added)
        return added.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (progress)
        progress(removed, removed);
    return removed;
}

Result<RollbackJob> ImportService::prepareRollback(const Session& session, qint64 importId) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    auto record = incompleteImport(m_station.database(), importId);
    if (!record)
        return record.error();
    auto plan = std::make_unique<RollbackJob::Plan>();
    plan->store = &m_station.store();
    plan->audit = &m_station.auditLog();
    plan->clock = &m_station.clock();
    plan->actor = session.actor();
    plan->client = session.clientName();
    plan->record = record.value();
    return RollbackJob(std::move(plan));
}

Result<qint64> ImportService::rollback(const Session& session, qint64 importId) {
    auto job = prepareRollback(session, importId);
    if (!job)
        return job.error();
    return job->run();
}

Result<QList<ImportRecord>> ImportService::imports(const Session& session, int limit) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    return ImportLedger::list(m_station.database(), limit);
}

Result<ImportRecord> ImportService::importRecord(const Session& session, qint64 importId) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    return ImportLedger::load(m_station.database(), importId);
}

Result<QList<ImportRowIssue>> ImportService::rowIssues(const Session& session, qint64 importId) {
    if (auto active = m_station.requireActive(session, Permission::ImportReads); !active)
        return active.error();
    return ImportLedger::rowIssues(m_station.database(), importId);
}

Status ImportService::exportRowIssues(const Session& session, qint64 importId,
                                      const QString& csvPath) {
    auto issues = rowIssues(session, importId);
    if (!issues)
        return issues.error();
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, ServiceText::cannotWrite(csvPath, file.errorString()));
    QByteArray out("line,last_line,outcome,reason,explanation,content\r\n");
    for (const ImportRowIssue& issue : issues.value()) {
        const QString outcome = issue.kind == ImportRowIssue::Kind::Duplicate
                                    ? QStringLiteral("duplicate")
                                    : QStringLiteral("rejected");
        const QStringList cells = {
            QString::number(issue.line), QString::number(issue.lastLine), outcome,
            csvCell(issue.code),         csvCell(issue.message),          csvCell(issue.raw)};
        out.append(cells.join(QLatin1Char(',')).toUtf8()).append("\r\n");
    }
    file.write(out);
    if (!file.commit())
        return Error(ErrorCode::Io, ServiceText::cannotWrite(csvPath, file.errorString()));
    auto tx = Transaction::begin(m_station.database());
    if (!tx)
        return tx.error();
    AuditRecord record(AuditAction::importRowsExported(), AuditOutcome::Success,
                       QStringLiteral("import"), QString::number(importId));
    record.details.insert(QStringLiteral("rows"), static_cast<qint64>(issues->size()));
    record.details.insert(QStringLiteral("path"), csvPath);
    record.details.insert(QStringLiteral("client"), session.clientName());
    if (auto added = m_station.auditLog().append(tx.value(), session.actor(), record); !added)
        return added.error();
    return tx->commit();
}

QByteArray ImportPlan::optionsJson() const {
    QJsonObject options;
    options.insert(QStringLiteral("sheet"), sheet);
    options.insert(QStringLiteral("device"), deviceName);
    options.insert(QStringLiteral("deviceType"), Device::typeName(deviceType));
    if (deviceLatitude && deviceLongitude) {
        options.insert(QStringLiteral("deviceLatitude"), *deviceLatitude);
        options.insert(QStringLiteral("deviceLongitude"), *deviceLongitude);
    }
    options.insert(QStringLiteral("timeZone"), timeZone);
    if (baseTime.isValid())
        options.insert(QStringLiteral("baseTime"),
                       baseTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")));
    options.insert(QStringLiteral("reimportConfirmed"), reimportConfirmed);
    return QJsonDocument(options).toJson(QJsonDocument::Compact);
}

ImportPlan ImportPlan::fromOptions(const QByteArray& json) {
    const QJsonObject options = QJsonDocument::fromJson(json).object();
    ImportPlan plan;
    plan.sheet = options.value(QStringLiteral("sheet")).toString();
    plan.deviceName = options.value(QStringLiteral("device")).toString();
    plan.deviceType = Device::typeFromName(options.value(QStringLiteral("deviceType")).toString())
                          .value_or(Device::Type::Covert);
    if (options.contains(QStringLiteral("deviceLatitude"))) {
        plan.deviceLatitude = options.value(QStringLiteral("deviceLatitude")).toDouble();
        plan.deviceLongitude = options.value(QStringLiteral("deviceLongitude")).toDouble();
    }
    plan.timeZone = options.value(QStringLiteral("timeZone")).toString();
    const QString base = options.value(QStringLiteral("baseTime")).toString();
    if (!base.isEmpty())
        plan.baseTime = QDateTime::fromString(base, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    plan.reimportConfirmed = options.value(QStringLiteral("reimportConfirmed")).toBool();
    return plan;
}

} // namespace pl::core
