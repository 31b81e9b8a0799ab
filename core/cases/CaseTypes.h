#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pl::core {

// A row of the statute-of-limitations table: how far back a search for a
// criminal case of this category may reach.
struct OffenseCategory {
    QString code;  // stable id, e.g. "felony"
    QString label; // for pick lists
    int years = 0;
};

// What a person asks to open.
struct NewCase {
    enum class Kind { Administrative, Criminal };

    QString number; // trimmed; must not be taken
    QString title;
    Kind kind = Kind::Administrative;
    QString offense;                  // an OffenseCategory code; required for criminal cases
    std::optional<qint64> leadUserId; // default: the person opening it
};

// A case as recorded in the store.
struct CaseFile {
    using Kind = NewCase::Kind;

    qint64 id = 0;
    QString number;
    QString title;
    Kind kind = Kind::Administrative;
    QString offense; // empty for administrative cases
    std::optional<qint64> leadUserId;
    QString leadUserName;
    QDateTime openedUtc;
    qint64 openedBy = 0;
    QString openedByName;
    QDateTime closedUtc; // invalid while open
    std::optional<qint64> closedBy;
    QString closedByName;
    qint64 linkedReads = 0;

    bool isOpen() const { return !closedUtc.isValid(); }
    // Stable id as stored ("administrative", "criminal").
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    // Translated, for people.
    static QString kindLabel(Kind kind);
};

// Someone who may lead a case: an active investigator.
struct CaseLead {
    qint64 userId = 0;
    QString name;
    QString displayName;
};

// A read linked to a case, with when and by whom it was linked.
struct CaseRead {
    qint64 readId = 0;
    QString plate;    // normalised
    QString plateRaw; // as read
    QString state;
    QDateTime timeUtc;
    qint64 deviceId = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDateTime linkedUtc;
    QString linkedByName;
};

} // namespace pl::core
