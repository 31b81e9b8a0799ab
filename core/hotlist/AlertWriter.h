#pragma once

#include "core/audit/AuditEvent.h"
#include "core/common/Result.h"
#include "core/hotlist/HotListMatcher.h"
#include "core/store/Statement.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pl::core {

class AuditLog;
class Clock;
class Database;
class Transaction;

// Matches each newly stored read, imported or live, against the hot-list
// entries that can alert, and records an alert for the owner of each entry it
// matches, audited in the transaction that stores the read: the read and its
// alerts commit or roll back together. Works on the caller's connection.
class AlertWriter {
public:
    // The read as stored. Views, not copies: an import hands over a million
    // of them, and copying a string made on the reading thread costs a trip
    // to the other core's cache even when nothing matches.
    struct Read {
        qint64 id = 0;
        QStringView plate; // normalised
        QStringView state;
        qint64 timeMs = 0;
        QStringView deviceName;
    };

    static Result<AlertWriter> create(Database& db, const AuditLog& audit, AuditActor actor,
                                      const Clock& clock);

    // Loads the entries again when any changed since they were loaded (a
    // live camera calls this before each read; an import loads once).
    Status refresh();

    // The alerts the read raised (none most of the time).
    Result<int> onRead(Transaction& tx, const Read& read);

    const HotListMatcher& matcher() const { return m_matcher; }

private:
    AlertWriter(Database& db, const AuditLog& audit, AuditActor actor, const Clock& clock);
    Result<qint64> revision();

    Database* m_db;
    const AuditLog* m_audit;
    AuditActor m_actor;
    const Clock* m_clock;
    HotListMatcher m_matcher;
    qint64 m_revision = -1;
    std::optional<Statement> m_insert;
    std::optional<Statement> m_revisionQuery;
    QList<HotListMatcher::Match> m_matches;
};

} // namespace pl::core
