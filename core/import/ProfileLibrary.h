#pragma once

#include "core/common/Result.h"
#include "core/import/ImportProfile.h"

#include <QList>
#include <QStringList>

namespace pl::core {

class Database;
class Transaction;

// The import profiles a station knows: the built-in ones shipped as
// resources, then those people saved in the store.
class ProfileLibrary {
public:
    static const QList<ImportProfile>& builtIn();
    static Result<QList<ImportProfile>> all(Database& db);
    static Result<ImportProfile> find(Database& db, const QString& id);
    static Status save(Transaction& tx, const ImportProfile& profile, qint64 userId,
                       const QString& createdUtc);

    // The profile whose extension and header cells fit the file best, or
    // nullptr. headerCandidates are the first rows of the file, as text.
    static const ImportProfile* detect(const QList<ImportProfile>& profiles,
                                       const QString& fileName,
                                       const QList<QStringList>& headerCandidates);
    // The hot-list profile whose layout the file's first records fit best,
    // or nullptr when none fits. A profile fits when its header cells are
    // found (detect.header_contains) and most of the first data records
    // match its detect.line_regex and its field count; a profile with
    // neither a header nor a line pattern is never guessed.
    static const ImportProfile* detectHotList(const QList<ImportProfile>& profiles,
                                              const QString& path);
    // Header cells compare without case, surrounding spaces or a BOM.
    static QString headerKey(const QString& cell);
};

} // namespace pl::core
