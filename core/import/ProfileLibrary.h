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
    // Header cells compare without case, surrounding spaces or a BOM.
    static QString headerKey(const QString& cell);
};

} // namespace pl::core
