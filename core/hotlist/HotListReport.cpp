#include "core/hotlist/HotListReport.h"

#include "core/common/Csv.h"
#include "core/common/TimeFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace pl::core {

namespace {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::HotListReport)
public:
    static QString manualEntries() { return tr("Entries added by hand"); }
    static QString badMonth(const QString& text) {
        return tr("\"%1\" is not a month; write it as year and month, such as 2026-03.").arg(text);
    }
};

QString count(qint64 value) {
    return QString::number(value);
}

QByteArray line(const QStringList& cells) {
    return Csv::line(cells);
}

QStringList figureCells(const HotListReport::Figures& f) {
    return {count(f.entries), count(f.added), count(f.reviewed), count(f.removed),
            count(f.overdue), count(f.hits),  count(f.possible)};
}

} // namespace

QString HotListReport::monthText() const {
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString HotListReport::listLabel(const ListRow& row) {
    return row.listId ? row.name : ReportText::manualEntries();
}

Result<QDate> HotListReport::parseMonth(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = form.match(trimmed);
    if (match.hasMatch()) {
        const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
        if (first.isValid())
            return first;
    }
    return Error(ErrorCode::InvalidArgument, ReportText::badMonth(trimmed));
}

QString HotListReport::csvCell(const QString& value) {
    return Csv::cell(value);
}

QByteArray HotListReport::toCsv() const {
    QByteArray out;
    out += line({QStringLiteral("report"), QStringLiteral("hotlist_month")});
    out += line({QStringLiteral("month"), monthText()});
    out += line({QStringLiteral("from_utc"), TimeFormat::toStorage(fromUtc)});
    out += line({QStringLiteral("to_utc"), TimeFormat::toStorage(toUtc)});
    out += line({QStringLiteral("as_of_utc"), TimeFormat::toStorage(asOfUtc)});
    out += line({QStringLiteral("generated_utc"), TimeFormat::toStorage(generatedUtc)});
    out += line({QStringLiteral("generated_by"), generatedBy});
    out += "\r\n";

    const QStringList figureNames = {QStringLiteral("entries_at_end"), QStringLiteral("added"),
                                     QStringLiteral("reviewed"),       QStringLiteral("removed"),
                                     QStringLiteral("overdue_at_end"), QStringLiteral("hits"),
                                     QStringLiteral("possible")};
    out += line(QStringList{QStringLiteral("list_id"), QStringLiteral("list")} + figureNames);
    for (const ListRow& row : lists) {
        out += line(QStringList{row.listId ? count(*row.listId) : QString(), listLabel(row)} +
                    figureCells(row.figures));
    }
    out += line(QStringList{QString(), QStringLiteral("total")} + figureCells(total));
    out += "\r\n";

    out += line({QStringLiteral("entry_id"), QStringLiteral("plate"), QStringLiteral("state"),
                 QStringLiteral("category"), QStringLiteral("case"), QStringLiteral("owner"),
                 QStringLiteral("list_id"), QStringLiteral("list"), QStringLiteral("removed"),
                 QStringLiteral("hits"), QStringLiteral("possible")});
    for (const EntryRow& row : entries) {
        out += line({count(row.entryId), row.plate, row.state, row.category, row.caseNumber,
                     row.ownerName, row.listId ? count(*row.listId) : QString(), row.listName,
                     row.removed ? QStringLiteral("yes") : QStringLiteral("no"), count(row.hits),
                     count(row.possible)});
    }
    return out;
}

} // namespace pl::core
