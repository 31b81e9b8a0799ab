#include "core/hotlist/HotListImportRunner.h"

#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/FileDigest.h"
#include "core/hotlist/HotListImportPlan.h"
#include "core/hotlist/HotListTypes.h"
#include "core/import/HotListMapper.h"
#include "core/import/ImportIssueText.h"
#include "core/import/ImportSource.h"
#include "core/import/RecordStream.h"
#include "core/store/Database.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace pl::core {

namespace {

class RunnerText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListImportRunner)
public:
    static QString caseClosed(const QString& number) {
        return tr("Case %1 is closed; a hot list cannot be held for it.").arg(number);
    }
    static QString notOwner(const QString& list, const QString& owner) {
        return tr("The hot list \"%1\" belongs to %2; only they can replace it. Import under "
                  "another list name.")
            .arg(list, owner);
    }
    static QString fileChanged(const QString& file) {
        return tr("\"%1\" changed after it was checked; start the import again.").arg(file);
    }
    static QString cannotRead(const QString& file, const QString& why) {
        return tr("Cannot read \"%1\": %2").arg(file, why);
    }
    static QString noRecords(const QString& file) {
        return tr("\"%1\" holds no hot-list records; the list was left as it was.").arg(file);
    }
    static QString noneUsable(const QString& file, qint64 records, qint64 line,
                              const QString& why) {
        return tr("None of the %n record(s) of \"%1\" could be stored (line %2: %3); the list "
                  "was left as it was. Check the profile chosen for the file.",
                  nullptr, static_cast<int>(records))
            .arg(file)
            .arg(line)
            .arg(why);
    }
    static QString cancelled() {
        return tr("The hot-list import was cancelled; the list is as it was before.");
    }
    static QString failed(const QString& why) {
        return tr("The hot-list import failed and stored nothing: %1").arg(why);
    }
    static QString entryReason(const QString& listReason, const QString& what) {
        return tr("%1: %2").arg(listReason, what);
    }
    static QString removedReason(const QString& list, qint64 importId, const QString& file) {
        return tr("Not in the new import of the list \"%1\" (import %2, file %3).")
            .arg(list)
            .arg(importId)
            .arg(file);
    }
    static QString duplicateOfLine(const QString& line) {
        return tr("Duplicate of line %1 of this file (the same entry).").arg(line);
    }
    static QString expired(const QString& date) {
        return tr("The entry expired on %1, before this import; it was not stored.").arg(date);
    }
    static QString wildcardLimit(const QString& limit) {
        return tr("The station's hot lists hold %1 wildcard entries, the most the policy allows.")
            .arg(limit);
    }
};

const QString kNoText = QStringLiteral(""); // binds '' (not NULL) for NOT NULL columns

QString nonNull(const QString& text) {
    return text.isNull() ? kNoText : text;
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The entry a record is compared with on the list: plate, state and the
// source's code (or, without one, the category).
QString replaceKey(const QString& plate, const QString& state, const QString& listCode,
                   const QString& category) {
    return plate + QChar(0x1f) + state + QChar(0x1f) +
           (listCode.isEmpty() ? QStringLiteral("category:") + category
                               : QStringLiteral("code:") + listCode);
}

// An entry of the list as stored before the import.
struct StoredEntry {
    qint64 id = 0;
    QString plateEntered;
    QString plate;
    QString state;
    QString category;
    QString listCode;
    QString reason;
    QString caseNumber;
    QString expiresUtc; // storage text, empty: none
    QString details;
    bool possibleMatches = true;
    bool seen = false; // in this import's file
};

QJsonObject countsJson(const HotListImportCounts& counts) {
    QJsonObject object;
    object.insert(QStringLiteral("records"), counts.records);
    object.insert(QStringLiteral("accepted"), counts.accepted);
    object.insert(QStringLiteral("flagged"), counts.flagged);
    object.insert(QStringLiteral("rejected"), counts.rejected);
    object.insert(QStringLiteral("duplicates"), counts.duplicates);
    object.insert(QStringLiteral("skipped"), counts.skipped);
    object.insert(QStringLiteral("added"), counts.added);
    object.insert(QStringLiteral("kept"), counts.kept);
    object.insert(QStringLiteral("removed"), counts.removed);
    object.insert(QStringLiteral("nonDataLines"), counts.nonDataLines);
    return object;
}

} // namespace

HotListImportRunner::HotListImportRunner(HotListImportPlan& plan)
    : m_plan(plan) {}

AuditRecord HotListImportRunner::refusal(const QString& listName, const QString& fileName,
                                         const QString& caseNumber, const QString& reason,
                                         const QString& why, const QString& message) {
    AuditRecord record(AuditAction::hotListImportRefused(), AuditOutcome::Refused,
                       QStringLiteral("hotlist"), listName.isEmpty() ? fileName : listName);
    record.caseNumber = caseNumber.trimmed();
    record.reason = reason.trimmed();
    record.details.insert(QStringLiteral("file"), fileName);
    record.details.insert(QStringLiteral("why"), why);
    record.details.insert(QStringLiteral("message"), message);
    return record;
}

QString HotListImportRunner::describe(const QString& codes) {
    QStringList parts;
    for (const QString& code : codes.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const qsizetype colon = code.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? code : code.left(colon);
        const QString detail = colon < 0 ? QString() : code.mid(colon + 1);
        // The wording of the read import does not fit hot lists here.
        if (name == QStringLiteral("duplicate_of_line"))
            parts.append(RunnerText::duplicateOfLine(detail));
        else if (name == QStringLiteral("expired"))
            parts.append(RunnerText::expired(detail));
        else if (name == QStringLiteral("wildcard_limit"))
            parts.append(RunnerText::wildcardLimit(detail));
        else
            parts.append(ImportIssueText::describeOne(code));
    }
    return parts.join(QLatin1Char(' '));
}

Result<std::optional<HotListImportRunner::ListState>>
HotListImportRunner::findList(Database& db, const QString& name) {
    auto query = db.prepare(
        "SELECT l.id, l.owner_id, u.name, (SELECT COUNT(*) FROM hotlist_entries e WHERE "
        "e.list_id = l.id AND e.removed_utc IS NULL), l.name FROM hotlist_lists l JOIN users u ON "
        "u.id = l.owner_id WHERE l.name = ?1");
    if (!query)
        return query.error();
    query->bind(1, name);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ListState>();
    ListState state;
    state.id = query->integer(0);
    state.ownerId = query->integer(1);
    state.ownerName = query->text(2);
    state.entries = query->integer(3);
    state.name = query->text(4);
    return std::optional<ListState>(state);
}

Result<HotListImportSummary> HotListImportRunner::run(const HotListImportProgressFn& progress) {
    auto connection = m_plan.store->openConnection();
    if (!connection)
        return connection.error();
    Database& db = *connection.value();
    const AuditLog& audit = *m_plan.audit;
    const QDateTime now = m_plan.clock->nowUtc();
    const QString nowText = TimeFormat::toStorage(now);

    HotListImportSummary summary;
    summary.listName = m_plan.listName;
    summary.fileName = m_plan.fileName;
    summary.sha256 = m_plan.sha256;
    summary.profileId = m_plan.profile.id;
    summary.caseNumber = m_plan.caseNumber;
    summary.reason = m_plan.reason;
    summary.importedUtc = now;
    HotListImportCounts& counts = summary.counts;

    // Whatever stops the import, the store keeps only the audit event that
    // says so: the work so far is rolled back first.
    std::optional<Transaction> tx;
    const auto stop = [&](const QString& why, const Error& error,
                          AuditOutcome outcome = AuditOutcome::Refused) -> Error {
        tx.reset();
        AuditRecord record = refusal(m_plan.listName, m_plan.fileName, m_plan.caseNumber,
                                     m_plan.reason, why, error.message());
        record.outcome = outcome;
        record.details.insert(QStringLiteral("sha256"), m_plan.sha256);
        record.details.insert(QStringLiteral("profile"), m_plan.profile.id);
        record.details.insert(QStringLiteral("client"), m_plan.client);
        if (counts.records > 0)
            record.details.insert(QStringLiteral("counts"), countsJson(counts));
        auto fresh = Transaction::begin(db);
        if (!fresh)
            return error;
        if (auto added = audit.append(fresh.value(), m_plan.actor, record); !added)
            return error;
        if (auto committed = fresh->commit(); !committed)
            return error;
        return error;
    };
    const auto fail = [&](const Error& error) -> Error {
        return stop(QStringLiteral("failed"),
                    Error(error.code(), RunnerText::failed(error.message())),
                    AuditOutcome::Failure);
    };

    {
        auto begun = Transaction::begin(db);
        if (!begun)
            return begun.error();
        tx.emplace(std::move(begun.value()));
    }

    // Checked again under the write lock: the case may have been closed,
    // the list taken, or the file changed since the service looked.
    auto file = CaseService::lookup(db, m_plan.caseNumber);
    if (file && !file->isOpen())
        return stop(QStringLiteral("case_closed"),
                    Error(ErrorCode::InvalidArgument, RunnerText::caseClosed(file->number)));
    if (!file && file.error().code() != ErrorCode::NotFound)
        return fail(file.error());
    auto list = findList(db, m_plan.listName);
    if (!list)
        return fail(list.error());
    if (list.value() && list.value()->ownerId != m_plan.userId)
        return stop(QStringLiteral("not_list_owner"),
                    Error(ErrorCode::AlreadyExists,
                          RunnerText::notOwner(m_plan.listName, list.value()->ownerName)));
    {
        QFile input(m_plan.filePath);
        if (!input.open(QIODevice::ReadOnly))
            return stop(
                QStringLiteral("unreadable_file"),
                Error(ErrorCode::Io, RunnerText::cannotRead(m_plan.fileName, input.errorString())));
        const auto digest = sha256Of(input);
        if (!digest)
            return stop(
                QStringLiteral("unreadable_file"),
                Error(ErrorCode::Io, RunnerText::cannotRead(m_plan.fileName, input.errorString())));
        if (QString::fromLatin1(digest->toHex()) != m_plan.sha256)
            return stop(
                QStringLiteral("file_changed"),
                Error(ErrorCode::InvalidArgument, RunnerText::fileChanged(m_plan.fileName)));
    }

    auto source = ImportSource::open(m_plan.filePath, m_plan.profile);
    if (!source)
        return stop(QStringLiteral("unreadable_file"), source.error());
    RecordStream stream(source.value()->records(), m_plan.profile);
    if (auto started = stream.start(); !started)
        return stop(QStringLiteral("unreadable_file"), started.error());
    HotListMapper::Context context;
    context.defaultState = m_plan.defaultState;
    auto mapper = HotListMapper::create(m_plan.profile, stream.header(), context);
    if (!mapper)
        return stop(QStringLiteral("profile_does_not_fit"), mapper.error());

    // The list: created, or taken over by this import.
    qint64 listId = 0;
    if (list.value()) {
        listId = list.value()->id;
        m_plan.listName = list.value()->name;
        summary.listName = m_plan.listName;
        summary.listReplaced = true;
        auto update = db.prepare("UPDATE hotlist_lists SET profile_id = ?1, case_number = ?2, "
                                 "reason = ?3, updated_utc = ?4 WHERE id = ?5");
        if (!update)
            return fail(update.error());
        update->bind(1, m_plan.profile.id)
            .bind(2, m_plan.caseNumber)
            .bind(3, m_plan.reason)
            .bind(4, nowText)
            .bind(5, listId);
        if (auto done = update->run(); !done)
            return fail(done.error());
    } else {
        auto insert = db.prepare("INSERT INTO hotlist_lists (name, profile_id, owner_id, "
                                 "case_number, reason, created_utc, updated_utc) VALUES (?1, ?2, "
                                 "?3, ?4, ?5, ?6, ?6)");
        if (!insert)
            return fail(insert.error());
        insert->bind(1, m_plan.listName)
            .bind(2, m_plan.profile.id)
            .bind(3, m_plan.userId)
            .bind(4, m_plan.caseNumber)
            .bind(5, m_plan.reason)
            .bind(6, nowText);
        if (auto done = insert->run(); !done)
            return fail(done.error());
        listId = db.lastInsertRowId();
    }
    summary.listId = listId;

    qint64 importId = 0;
    {
        auto insert = db.prepare(
            "INSERT INTO hotlist_imports (list_id, user_id, file_name, file_sha256, profile_id, "
            "profile_json, imported_utc, case_number, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
            "?8, ?9)");
        if (!insert)
            return fail(insert.error());
        insert->bind(1, listId)
            .bind(2, m_plan.userId)
            .bind(3, m_plan.fileName)
            .bind(4, m_plan.sha256)
            .bind(5, m_plan.profile.id)
            .bind(6, QString::fromUtf8(m_plan.profile.json))
            .bind(7, nowText)
            .bind(8, m_plan.caseNumber)
            .bind(9, m_plan.reason);
        if (auto done = insert->run(); !done)
            return fail(done.error());
        importId = db.lastInsertRowId();
    }
    summary.importId = importId;

    // The list's entries as they are, by the key a record is compared with.
    QHash<QString, StoredEntry> stored;
    {
        auto query = db.prepare(
            "SELECT id, plate_entered, plate, COALESCE(state, ''), category, "
            "COALESCE(list_code, ''), reason, case_number, COALESCE(expires_utc, ''), "
            "COALESCE(details, ''), possible_matches FROM hotlist_entries WHERE list_id = ?1 AND "
            "removed_utc IS NULL ORDER BY id");
        if (!query)
            return fail(query.error());
        query->bind(1, listId);
        while (true) {
            auto row = query->step();
            if (!row)
                return fail(row.error());
            if (!row.value())
                break;
            StoredEntry entry;
            entry.id = query->integer(0);
            entry.plateEntered = query->text(1);
            entry.plate = query->text(2);
            entry.state = query->text(3);
            entry.category = query->text(4);
            entry.listCode = query->text(5);
            entry.reason = query->text(6);
            entry.caseNumber = query->text(7);
            entry.expiresUtc = query->text(8);
            entry.details = query->text(9);
            entry.possibleMatches = query->integer(10) != 0;
            stored.insert(replaceKey(entry.plate, entry.state, entry.listCode, entry.category),
                          entry);
        }
    }
    // Wildcard entries count against the station's limit wherever they are;
    // this list's own are replaced, so only the others count from the start.
    qint64 wildcards = 0;
    {
        auto query = db.prepare("SELECT COUNT(*) FROM hotlist_entries WHERE wildcard = 1 AND "
                                "removed_utc IS NULL AND (list_id IS NULL OR list_id <> ?1)");
        if (!query)
            return fail(query.error());
        query->bind(1, listId);
        if (auto row = query->step(); !row)
            return fail(row.error());
        wildcards = query->integer(0);
    }

    auto insertRow = db.prepare("INSERT INTO hotlist_import_rows (import_id, line, last_line, "
                                "outcome, reason, raw) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto insertEntry = db.prepare(
        "INSERT INTO hotlist_entries (plate_entered, plate, match_key, wildcard, state, category, "
        "list_code, reason, case_number, owner_id, list_id, added_utc, review_by_utc, "
        "expires_utc, possible_matches, active, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10, ?11, ?12, ?13, ?14, ?15, 1, ?16)");
    auto updateEntry = db.prepare(
        "UPDATE hotlist_entries SET plate_entered = ?1, match_key = ?2, wildcard = ?3, "
        "category = ?4, reason = ?5, case_number = ?6, owner_id = ?7, reviewed_utc = ?8, "
        "review_by_utc = ?9, expires_utc = ?10, possible_matches = ?11, details = ?12 "
        "WHERE id = ?13");
    auto insertHistory = db.prepare("INSERT INTO hotlist_history (entry_id, change, user_id, "
                                    "time_utc, reason, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const auto* statement : {&insertRow, &insertEntry, &updateEntry, &insertHistory}) {
        if (!*statement)
            return fail(statement->error());
    }

    const auto history = [&](qint64 entryId, const QString& change, const QString& why,
                             const QJsonObject& details) -> Status {
        Statement& s = insertHistory.value();
        s.reset();
        s.bind(1, entryId)
            .bind(2, change)
            .bind(3, m_plan.userId)
            .bind(4, nowText)
            .bindOptional(5, why)
            .bind(6, compact(details));
        return s.run();
    };
    SourceRecord record;
    const auto addRow = [&](HotListImportRow::Outcome outcome, const QString& reason) -> Status {
        Statement& s = insertRow.value();
        s.reset();
        s.bind(1, importId)
            .bind(2, record.line)
            .bind(3, record.lastLine)
            .bind(4, HotListImportRow::outcomeName(outcome))
            .bind(5, nonNull(reason))
            .bind(6, nonNull(record.raw));
        if (auto done = s.run(); !done)
            return done;
        if (summary.issues.size() < summaryIssueLimit) {
            HotListImportRow row;
            row.line = record.line;
            row.lastLine = record.lastLine;
            row.outcome = outcome;
            row.reason = reason;
            row.message = describe(reason);
            row.raw = record.raw;
            summary.issues.append(row);
        }
        return {};
    };
    const auto report = [&]() -> bool {
        if (!progress)
            return true;
        counts.nonDataLines = stream.nonDataLines();
        HotListImportProgress state;
        state.bytesDone = stream.source().progressDone();
        state.bytesTotal = stream.source().progressTotal();
        state.counts = counts;
        return progress(state);
    };

    const QString listPart = m_plan.reason;
    const QDateTime reviewBy = now.addDays(m_plan.reviewDays);
    const QString reviewByText = TimeFormat::toStorage(reviewBy);
    const bool possibleMatches = mapper->possibleMatches();
    QHash<QString, qint64> firstLineOfKey;   // the profile's dedupe key
    QHash<QString, qint64> firstLineOfEntry; // the list's compare key
    std::optional<std::pair<qint64, QString>> firstRejection;
    MappedHotListEntry entry;
    int sinceProgress = 0;
    if (!report())
        return stop(QStringLiteral("cancelled"),
                    Error(ErrorCode::Cancelled, RunnerText::cancelled()), AuditOutcome::Failure);

    while (true) {
        auto got = stream.next(record);
        if (!got)
            return fail(got.error());
        if (!got.value())
            break;
        ++counts.records;
        QString rejection = mapper->map(record, entry);
        QDateTime expires;
        if (rejection.isEmpty() && entry.expiryDate) {
            // An expiry date is the last day the entry holds.
            expires = QDateTime(entry.expiryDate->addDays(1), QTime(0, 0), Qt::UTC);
            if (expires <= now) {
                const QString date = entry.expiryDate->toString(Qt::ISODate);
                if (m_plan.profile.skipExpiredEntries) {
                    ++counts.skipped;
                    if (auto added = addRow(HotListImportRow::Outcome::Skipped,
                                            QStringLiteral("expired:") + date);
                        !added)
                        return fail(added.error());
                    continue;
                }
                entry.flags.append(QStringLiteral("expired:") + date);
            }
        }
        QString duplicateOf;
        if (rejection.isEmpty()) {
            const QString key = mapper->dedupeKey(entry);
            const QString listKey =
                replaceKey(entry.plate, entry.state, entry.listCode, entry.category);
            if (!key.isEmpty() && firstLineOfKey.contains(key))
                duplicateOf = QString::number(firstLineOfKey.value(key));
            else if (firstLineOfEntry.contains(listKey))
                duplicateOf = QString::number(firstLineOfEntry.value(listKey));
            if (duplicateOf.isEmpty() && entry.isWildcard() &&
                wildcards >= m_plan.maxWildcardEntries)
                rejection =
                    QStringLiteral("wildcard_limit:") + QString::number(m_plan.maxWildcardEntries);
            if (duplicateOf.isEmpty() && rejection.isEmpty()) {
                if (!key.isEmpty())
                    firstLineOfKey.insert(key, record.line);
                firstLineOfEntry.insert(listKey, record.line);
            }
        }
        if (!rejection.isEmpty()) {
            ++counts.rejected;
            if (!firstRejection)
                firstRejection = std::make_pair(record.line, rejection);
            if (auto added = addRow(HotListImportRow::Outcome::Rejected, rejection); !added)
                return fail(added.error());
        } else if (!duplicateOf.isEmpty()) {
            ++counts.duplicates;
            if (auto added = addRow(HotListImportRow::Outcome::Duplicate,
                                    QStringLiteral("duplicate_of_line:") + duplicateOf);
                !added)
                return fail(added.error());
        } else {
            if (entry.isWildcard())
                ++wildcards;
            const QString what = entry.description.isEmpty()
                                     ? HotListCategory::label(entry.category)
                                     : entry.description;
            const QString reason = RunnerText::entryReason(listPart, what);
            const QString expiresText =
                expires.isValid() ? TimeFormat::toStorage(expires) : QString();
            const QString details = entry.details.isEmpty() ? QString() : compact(entry.details);
            const QString key =
                replaceKey(entry.plate, entry.state, entry.listCode, entry.category);
            QJsonObject change{{QStringLiteral("import"), importId},
                               {QStringLiteral("list"), m_plan.listName},
                               {QStringLiteral("line"), record.line}};
            auto existing = stored.find(key);
            if (existing != stored.end()) {
                StoredEntry& before = existing.value();
                before.seen = true;
                QJsonObject changed;
                const auto compare = [&changed](const QString& name, const QJsonValue& from,
                                                const QJsonValue& to) {
                    if (from != to)
                        changed.insert(name, QJsonObject{{QStringLiteral("from"), from},
                                                         {QStringLiteral("to"), to}});
                };
                compare(QStringLiteral("category"), before.category, entry.category);
                compare(QStringLiteral("reason"), before.reason, reason);
                compare(QStringLiteral("case"), before.caseNumber, m_plan.caseNumber);
                compare(QStringLiteral("expires_utc"), before.expiresUtc, nonNull(expiresText));
                compare(QStringLiteral("possible_matches"), before.possibleMatches,
                        possibleMatches);
                compare(QStringLiteral("details"), before.details, nonNull(details));
                Statement& s = updateEntry.value();
                s.reset();
                s.bind(1, entry.plateRaw)
                    .bind(2, entry.matchKey)
                    .bind(3, entry.isWildcard())
                    .bind(4, entry.category)
                    .bind(5, reason)
                    .bind(6, m_plan.caseNumber)
                    .bind(7, m_plan.userId)
                    .bind(8, nowText)
                    .bind(9, reviewByText)
                    .bindOptional(10, expiresText)
                    .bind(11, possibleMatches)
                    .bindOptional(12, details)
                    .bind(13, before.id);
                if (auto done = s.run(); !done)
                    return fail(done.error());
                change.insert(QStringLiteral("outcome"), QStringLiteral("kept"));
                change.insert(QStringLiteral("review_by_utc"), reviewByText);
                if (!changed.isEmpty())
                    change.insert(QStringLiteral("changed"), changed);
                if (auto done = history(before.id, QStringLiteral("imported"), {}, change); !done)
                    return fail(done.error());
                ++counts.kept;
            } else {
                Statement& s = insertEntry.value();
                s.reset();
                s.bind(1, entry.plateRaw)
                    .bind(2, entry.plate)
                    .bind(3, entry.matchKey)
                    .bind(4, entry.isWildcard())
                    .bindOptional(5, entry.state)
                    .bind(6, entry.category)
                    .bindOptional(7, entry.listCode)
                    .bind(8, reason)
                    .bind(9, m_plan.caseNumber)
                    .bind(10, m_plan.userId)
                    .bind(11, listId)
                    .bind(12, nowText)
                    .bind(13, reviewByText)
                    .bindOptional(14, expiresText)
                    .bind(15, possibleMatches)
                    .bindOptional(16, details);
                if (auto done = s.run(); !done)
                    return fail(done.error());
                const qint64 entryId = db.lastInsertRowId();
                change.insert(QStringLiteral("outcome"), QStringLiteral("added"));
                change.insert(QStringLiteral("plate"), entry.plate);
                change.insert(QStringLiteral("state"), entry.state);
                change.insert(QStringLiteral("category"), entry.category);
                if (!entry.listCode.isEmpty())
                    change.insert(QStringLiteral("list_code"), entry.listCode);
                change.insert(QStringLiteral("review_by_utc"), reviewByText);
                if (expires.isValid())
                    change.insert(QStringLiteral("expires_utc"), expiresText);
                if (auto done = history(entryId, QStringLiteral("imported"), {}, change); !done)
                    return fail(done.error());
                ++counts.added;
            }
            if (entry.flags.isEmpty()) {
                ++counts.accepted;
            } else {
                ++counts.flagged;
                if (auto added = addRow(HotListImportRow::Outcome::Flagged,
                                        entry.flags.join(QStringLiteral("; ")));
                    !added)
                    return fail(added.error());
            }
        }
        if (++sinceProgress >= progressRows) {
            sinceProgress = 0;
            if (!report())
                return stop(QStringLiteral("cancelled"),
                            Error(ErrorCode::Cancelled, RunnerText::cancelled()),
                            AuditOutcome::Failure);
        }
    }
    counts.nonDataLines = stream.nonDataLines();

    // A file that yields no entry would empty the list: most likely the
    // wrong file or profile, so the list is left alone.
    if (counts.stored() == 0) {
        const QString message =
            counts.records == 0 || !firstRejection
                ? RunnerText::noRecords(m_plan.fileName)
                : RunnerText::noneUsable(m_plan.fileName, counts.records, firstRejection->first,
                                         describe(firstRejection->second));
        return stop(QStringLiteral("no_usable_records"),
                    Error(ErrorCode::InvalidArgument, message));
    }

    // Entries the file no longer holds leave the list, with their history.
    const QString removedWhy =
        RunnerText::removedReason(m_plan.listName, importId, m_plan.fileName);
    auto removeEntry = db.prepare("UPDATE hotlist_entries SET active = 0, removed_utc = ?1, "
                                  "removed_by = ?2, removed_reason = ?3 WHERE id = ?4");
    if (!removeEntry)
        return fail(removeEntry.error());
    std::vector<const StoredEntry*> unseen;
    for (const StoredEntry& before : std::as_const(stored)) {
        if (!before.seen)
            unseen.push_back(&before);
    }
    // In the order they were added, so history reads the same every time.
    std::sort(unseen.begin(), unseen.end(),
              [](const StoredEntry* a, const StoredEntry* b) { return a->id < b->id; });
    for (const StoredEntry* gone : unseen) {
        const StoredEntry& before = *gone;
        removeEntry->reset();
        removeEntry->bind(1, nowText).bind(2, m_plan.userId).bind(3, removedWhy).bind(4, before.id);
        if (auto done = removeEntry->run(); !done)
            return fail(done.error());
        const QJsonObject change{{QStringLiteral("import"), importId},
                                 {QStringLiteral("list"), m_plan.listName},
                                 {QStringLiteral("plate"), before.plate},
                                 {QStringLiteral("state"), before.state},
                                 {QStringLiteral("category"), before.category}};
        if (auto done = history(before.id, QStringLiteral("replaced"), removedWhy, change); !done)
            return fail(done.error());
        ++counts.removed;
    }

    {
        auto update = db.prepare(
            "UPDATE hotlist_imports SET records = ?1, added = ?2, kept = ?3, removed = ?4, "
            "flagged = ?5, rejected = ?6, duplicates = ?7, skipped = ?8 WHERE id = ?9");
        if (!update)
            return fail(update.error());
        update->bind(1, counts.records)
            .bind(2, counts.added)
            .bind(3, counts.kept)
            .bind(4, counts.removed)
            .bind(5, counts.flagged)
            .bind(6, counts.rejected)
            .bind(7, counts.duplicates)
            .bind(8, counts.skipped)
            .bind(9, importId);
        if (auto done = update->run(); !done)
            return fail(done.error());
    }

    AuditRecord event(AuditAction::hotListImported(), AuditOutcome::Success,
                      QStringLiteral("hotlist"), m_plan.listName);
    event.caseNumber = m_plan.caseNumber;
    event.reason = m_plan.reason;
    event.details.insert(QStringLiteral("list"), m_plan.listName);
    event.details.insert(QStringLiteral("listId"), listId);
    event.details.insert(QStringLiteral("import"), importId);
    event.details.insert(QStringLiteral("replaced"), summary.listReplaced);
    event.details.insert(QStringLiteral("file"), m_plan.fileName);
    event.details.insert(QStringLiteral("size"), m_plan.fileSize);
    event.details.insert(QStringLiteral("sha256"), m_plan.sha256);
    event.details.insert(QStringLiteral("profile"), m_plan.profile.id);
    event.details.insert(QStringLiteral("counts"), countsJson(counts));
    if (!m_plan.defaultState.isEmpty())
        event.details.insert(QStringLiteral("defaultState"), m_plan.defaultState);
    event.details.insert(QStringLiteral("client"), m_plan.client);
    if (auto added = audit.append(*tx, m_plan.actor, event); !added)
        return fail(added.error());
    if (auto committed = tx->commit(); !committed)
        return fail(committed.error());
    tx.reset();
    if (progress) {
        HotListImportProgress state;
        state.bytesDone = state.bytesTotal = stream.source().progressTotal();
        state.counts = counts;
        progress(state);
    }
    return summary;
}

} // namespace pl::core
