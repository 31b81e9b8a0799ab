#include "core/import/ProfileLibrary.h"

#include "core/import/ImportSource.h"
#include "core/import/RecordStream.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace pl::core {

namespace {
class LibraryText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ProfileLibrary)
public:
    static QString notFound(const QString& id) {
        return tr("There is no import profile \"%1\".").arg(id);
    }
    static QString builtInId(const QString& id) {
        return tr("\"%1\" is the id of a built-in profile; choose another id.").arg(id);
    }
    static QString exists(const QString& id) {
        return tr("A profile with the id \"%1\" exists already; choose another id.").arg(id);
    }
};

QList<ImportProfile> loadBuiltIn() {
    QList<ImportProfile> profiles;
    const QDir dir(QStringLiteral(":/import-profiles"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto profile = ImportProfile::fromJson(file.readAll());
        // A shipped profile that does not parse is a build defect the
        // profile tests catch; the station still offers the others.
        if (!profile)
            continue;
        profile->builtIn = true;
        profiles.append(profile.value());
    }
    return profiles;
}
} // namespace

const QList<ImportProfile>& ProfileLibrary::builtIn() {
    static const QList<ImportProfile> profiles = loadBuiltIn();
    return profiles;
}

Result<QList<ImportProfile>> ProfileLibrary::all(Database& db) {
    QList<ImportProfile> profiles = builtIn();
    auto query = db.prepare("SELECT definition FROM import_profiles ORDER BY label");
    if (!query)
        return query.error();
    while (true) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        auto profile = ImportProfile::fromJson(query->text(0).toUtf8());
        if (profile)
            profiles.append(profile.value());
    }
    return profiles;
}

Result<ImportProfile> ProfileLibrary::find(Database& db, const QString& id) {
    for (const ImportProfile& profile : builtIn()) {
        if (profile.id == id)
            return profile;
    }
    auto query = db.prepare("SELECT definition FROM import_profiles WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, id);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, LibraryText::notFound(id));
    return ImportProfile::fromJson(query->text(0).toUtf8());
}

Status ProfileLibrary::save(Transaction& tx, const ImportProfile& profile, qint64 userId,
                            const QString& createdUtc) {
    for (const ImportProfile& shipped : builtIn()) {
        if (shipped.id == profile.id)
            return Error(ErrorCode::AlreadyExists, LibraryText::builtInId(profile.id));
    }
    auto exists = tx.database().prepare("SELECT 1 FROM import_profiles WHERE id = ?1");
    if (!exists)
        return exists.error();
    exists->bind(1, profile.id);
    auto found = exists->step();
    if (!found)
        return found.error();
    if (found.value())
        return Error(ErrorCode::AlreadyExists, LibraryText::exists(profile.id));
    auto insert = tx.database().prepare("INSERT INTO import_profiles (id, label, definition, "
                                        "created_utc, created_by) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    insert->bind(1, profile.id)
        .bind(2, profile.label)
        .bind(3, QString::fromUtf8(profile.json))
        .bind(4, createdUtc)
        .bind(5, userId);
    return insert->run();
}

QString ProfileLibrary::headerKey(const QString& cell) {
    QString key = cell;
    if (key.startsWith(QChar(0xfeff)))
        key.remove(0, 1);
    return key.simplified().toLower();
}

const ImportProfile* ProfileLibrary::detect(const QList<ImportProfile>& profiles,
                                            const QString& fileName,
                                            const QList<QStringList>& headerCandidates) {
    const QString extension = QLatin1Char('.') + QFileInfo(fileName).suffix().toLower();
    const ImportProfile* best = nullptr;
    int bestScore = 0;
    for (const ImportProfile& profile : profiles) {
        if (profile.kind != QStringLiteral("reads") || profile.headerContains.isEmpty())
            continue;
        if (!profile.extensions.isEmpty() && !profile.extensions.contains(extension))
            continue;
        for (const QStringList& row : headerCandidates) {
            QSet<QString> cells;
            for (const QString& cell : row)
                cells.insert(headerKey(cell));
            bool all = true;
            for (const QString& wanted : profile.headerContains)
                all = all && cells.contains(headerKey(wanted));
            // More required header cells matched is a more specific layout.
            const int score = all ? static_cast<int>(profile.headerContains.size()) : 0;
            if (score > bestScore) {
                best = &profile;
                bestScore = score;
            }
        }
    }
    return best;
}

const ImportProfile* ProfileLibrary::detectHotList(const QList<ImportProfile>& profiles,
                                                   const QString& path) {
    constexpr int examined = 30;
    const QString extension = QLatin1Char('.') + QFileInfo(path).suffix().toLower();
    const ImportProfile* best = nullptr;
    double bestScore = 0.0;
    for (const ImportProfile& profile : profiles) {
        if (!profile.isHotList() || (!profile.lineRegex && profile.headerContains.isEmpty()))
            continue;
        if (!profile.extensions.isEmpty() && !profile.extensions.contains(extension))
            continue;
        // The file is read as the profile would read it: its encoding,
        // header and skip rules.
        auto source = ImportSource::open(path, profile);
        if (!source)
            continue;
        RecordStream stream(source.value()->records(), profile);
        if (!stream.start())
            continue;
        double score = 0.0;
        if (!profile.headerContains.isEmpty()) {
            QSet<QString> cells;
            for (const QString& cell : stream.header())
                cells.insert(headerKey(cell));
            bool all = true;
            for (const QString& wanted : profile.headerContains)
                all = all && cells.contains(headerKey(wanted));
            if (!all)
                continue;
            // Named columns are stronger evidence than a line pattern.
            score += 10.0 * static_cast<double>(profile.headerContains.size());
        }
        int records = 0;
        int fitting = 0;
        SourceRecord record;
        while (records < examined) {
            auto got = stream.next(record);
            if (!got || !got.value())
                break;
            ++records;
            const bool fieldsFit =
                profile.expectedFields <= 0 || record.cells.size() == profile.expectedFields;
            const bool lineFits =
                !profile.lineRegex || profile.lineRegex->match(record.raw).hasMatch();
            fitting += fieldsFit && lineFits ? 1 : 0;
        }
        if (profile.lineRegex || profile.expectedFields > 0) {
            // Most records, not all: a hot list has its odd lines.
            if (records == 0 || fitting * 2 <= records)
                continue;
            score += static_cast<double>(fitting) / records;
        }
        if (score > bestScore) {
            best = &profile;
            bestScore = score;
        }
    }
    return best;
}

} // namespace pl::core
