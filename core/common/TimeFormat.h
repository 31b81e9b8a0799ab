#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pl::core {

// The one textual form of instants in the store and the audit trail:
// UTC, millisecond precision, e.g. 2026-11-22T14:03:07.125Z.
class TimeFormat {
public:
    static QString toStorage(const QDateTime& time);
    static QDateTime fromStorage(const QString& text);
    static QString dateToStorage(const QDate& date);
    static QDate dateFromStorage(const QString& text);
    // Local time for people, e.g. in messages.
    static QString toDisplay(const QDateTime& time);
};

} // namespace pl::core
