#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pl::core {

// The CSV that reports write: RFC 4180 quoting, UTF-8, CRLF line ends, and
// cells that a spreadsheet would take for a formula made text.
class Csv {
public:
    // One cell: a value beginning with = + - @, a tab or a carriage return is
    // prefixed with a single quote (formula injection from plates, reasons,
    // names); a value with a comma, quote or line break is quoted.
    static QString cell(const QString& value);
    // One line of cells, each through cell(), ended by CRLF.
    static QByteArray line(const QStringList& cells);
};

} // namespace pl::core
