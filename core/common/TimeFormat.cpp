#include "core/common/TimeFormat.h"

#include <QLocale>
#include <QTimeZone>

namespace pl::core {

QString TimeFormat::toStorage(const QDateTime& time) {
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime TimeFormat::fromStorage(const QString& text) {
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QString TimeFormat::dateToStorage(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate TimeFormat::dateFromStorage(const QString& text) {
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString TimeFormat::toDisplay(const QDateTime& time) {
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace pl::core
