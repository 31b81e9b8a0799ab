#include "core/common/Csv.h"

namespace pl::core {

QString Csv::cell(const QString& value) {
    QString cell = value;
    // A spreadsheet runs a cell that starts like a formula; the quote makes
    // it text.
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray Csv::line(const QStringList& cells) {
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& value : cells)
        quoted.append(cell(value));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace pl::core
