#include "tests/support/AuditReader.h"

#include "core/audit/AuditLog.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace pl::tests {

QList<core::AuditEvent> AuditReader::all(core::Database& db) {
    auto events = core::AuditLog::events(db, std::numeric_limits<int>::max());
    if (!events) {
        qWarning("AuditReader: %s", qPrintable(events.error().message()));
        return {};
    }
    QList<core::AuditEvent> out = events.value();
    std::reverse(out.begin(), out.end());
    return out;
}

QList<core::AuditEvent> AuditReader::withAction(core::Database& db, const QString& action) {
    QList<core::AuditEvent> out;
    for (const core::AuditEvent& event : all(db)) {
        if (event.action == action)
            out.append(event);
    }
    return out;
}

core::AuditEvent AuditReader::last(core::Database& db, const QString& action) {
    const QList<core::AuditEvent> found = withAction(db, action);
    return found.isEmpty() ? core::AuditEvent() : found.last();
}

QJsonObject AuditReader::details(const core::AuditEvent& event) {
    return QJsonDocument::fromJson(event.details.toUtf8()).object();
}

} // namespace pl::tests
