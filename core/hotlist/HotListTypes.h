#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pl::core {

// The canonical reasons an entry is on a hot list (FORMATS.md 4.3); sources'
// own codes map onto them per import profile, because codes conflict.
class HotListCategory {
public:
    // stolen_vehicle, stolen_plate, felony_vehicle, wanted_person, ...,
    // other: in the order pick lists show them.
    static const QStringList& names();
    static bool isKnown(const QString& name);
    // Translated, for people.
    static QString label(const QString& name);
};

// One plate of interest. Entries are never deleted: a removed entry stays,
// with who removed it and why, as history.
struct HotListEntry {
    qint64 id = 0;
    QString plateEntered; // as typed or as the file had it
    QString plate;        // normalised: A-Z, 0-9, and the wildcards '?' and '*'
    QString state;        // two-letter code, empty when not known
    QString category;     // HotListCategory name
    QString listCode;     // the source's own code (imported entries)
    QString reason;
    QString caseNumber;
    qint64 ownerId = 0;
    QString ownerName;
    std::optional<qint64> listId; // imported entries: their list
    QString listName;
    QDateTime addedUtc;
    QDateTime reviewedUtc; // invalid: not reviewed since it was added
    QDateTime reviewByUtc;
    QDateTime expiresUtc;        // invalid: no expiry
    bool possibleMatches = true; // also alert, as "possible", on one OCR confusion
    bool active = true;
    QDateTime removedUtc; // invalid: not removed
    QString removedByName;
    QString removedReason;
    QString details; // compact JSON: vehicle and source fields of imported entries
    // The case number names a case of this store that is closed.
    bool caseClosed = false;

    bool isWildcard() const;
    bool isRemoved() const { return removedUtc.isValid(); }
    bool isOverdue(const QDateTime& nowUtc) const { return reviewByUtc <= nowUtc; }
    bool isExpired(const QDateTime& nowUtc) const {
        return expiresUtc.isValid() && expiresUtc <= nowUtc;
    }
    // Whether a new read matching it raises an alert now: active, not
    // removed, reviewed in time and not expired.
    bool alertsAt(const QDateTime& nowUtc) const {
        return active && !isRemoved() && !isOverdue(nowUtc) && !isExpired(nowUtc);
    }
};

// What a person types to add or change an entry.
struct HotListEntryInput {
    QString plate; // '?' one character, '*' any run; spaces and dashes dropped
    QString state; // optional
    QString category = QStringLiteral("other");
    QString reason;
    QString caseNumber;
    QDateTime expiresUtc;  // optional
    QDateTime reviewByUtc; // optional: default and latest is a year from now
    bool possibleMatches = true;
    bool active = true;
};

// One change to an entry, oldest first in an entry's history.
struct HotListChange {
    qint64 id = 0;
    qint64 entryId = 0;
    QString change; // added, edited, reviewed, removed, imported, replaced
    QString userName;
    QDateTime timeUtc;
    QString reason;
    QString details; // compact JSON: what changed
};

// A new read matched an entry. Only the entry's owner sees it.
struct HotListAlert {
    enum class Kind { Hit, Possible };

    qint64 id = 0;
    Kind kind = Kind::Hit;
    qint64 entryId = 0;
    QString entryPlate;
    QString entryState;
    QString category;
    QString caseNumber;
    QString entryReason;
    QString listName;
    qint64 ownerId = 0;
    std::optional<qint64> readId; // empty once the read was purged
    QString readPlate;
    QString readState;
    QDateTime readTimeUtc;
    QString deviceName;
    QDateTime createdUtc;
    QDateTime shownUtc;
    QDateTime acknowledgedUtc;
    QString acknowledgedNote;

    bool isAcknowledged() const { return acknowledgedUtc.isValid(); }
    static QString kindName(Kind kind);
};

} // namespace pl::core
