#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/hotlist/HotListReport.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace pl::core {

class Database;
class Station;

// The monthly hot-list report for supervisors (ViewStationHotList only).
// The figures describe investigative activity, so looking at them is
// audited (hotlist.report_viewed), and so is each export
// (hotlist.report_exported, with the file, the month and the file's
// SHA-256), in the transaction that reads the figures.
class HotListReportService {
public:
    // An export as written.
    struct Export {
        HotListReport report;
        QString path;      // absolute
        QByteArray sha256; // hex, of the file's bytes
        qint64 bytes = 0;
    };

    explicit HotListReportService(Station& station);

    // The report of the calendar month (UTC) that begins on month (any day of
    // the month will do). A month still running is reported up to now; a month
    // that has not begun is refused.
    Result<HotListReport> report(const Session& session, const QDate& month);
    // The same report written as CSV (HotListReport::toCsv) to path. The file
    // and the audit event are kept together: when the event cannot be
    // committed the file is removed, and nothing is recorded when the file
    // cannot be written.
    Result<Export> exportCsv(const Session& session, const QDate& month, const QString& path);

private:
    Result<HotListReport> build(Database& db, const Session& session, const QDate& month);

    Station& m_station;
};

} // namespace pl::core
