#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace pl::bench {

// Writes a synthetic reader dump of N rows for import benchmarks, in the
// layout of a built-in profile: "plain-reads-csv" (CSV) or
// "generic-covert-unit-xlsx" (workbook). Every plate and place is invented.
//
// Plates are drawn, with a skew (some vehicles pass often, most rarely), from
// a pool of distinct plates; times increase over about three months of local
// wall-clock time; a share of rows repeat the previous read exactly (an
// exact duplicate) and a share are bad (month 13, or an empty plate).
// The same options give the same file, byte for byte.
//
// Output is streamed: CSV memory does not depend on N. A workbook keeps its
// shared-string table (the distinct plates seen, a few MB) until the end.
class ReadDumpGenerator {
public:
    enum class Format { Csv, Xlsx };

    struct Options {
        qint64 rows = 1000000; // data rows, duplicates and bad rows included
        Format format = Format::Csv;
        quint64 seed = 1;
        double duplicateRate = 0.01;
        double badRate = 0.001;
        qint64 distinctPlates = 0; // 0: rows / 5 (at least 1)
        int devices = 20;
    };

    // What the file holds, and so what an import of it should report.
    struct Stats {
        qint64 rows = 0;       // data rows written
        qint64 duplicates = 0; // exact repeats of the row before
        qint64 badMonth = 0;   // month 13
        qint64 emptyPlate = 0;
        qint64 fileSize = 0;
        qint64 bad() const { return badMonth + emptyPlate; }
        qint64 good() const { return rows - duplicates - bad(); }
    };

    explicit ReadDumpGenerator(const Options& options);

    // Writes the file (replacing it). False with errorString() on failure.
    bool write(const QString& path);

    const Stats& stats() const { return m_stats; }
    QString errorString() const { return m_error; }

    // The device the import is for: xlsx rows carry none, CSV rows name
    // BENCH-01 ... BENCH-nn.
    static QString deviceName(int index);
    // The built-in profile for the layout written.
    static QString profileId(Format format);
    static std::optional<Format> formatFromName(const QString& name);
    static QString formatName(Format format);

private:
    // One data row. Plates are kept as their pool index; the text is made
    // when written.
    struct Row {
        enum class Kind { Read, Duplicate, BadMonth, EmptyPlate };
        Kind kind = Kind::Read;
        qint64 readId = 0;
        qint64 plate = 0;
        qint64 wallSeconds = 0;
        int device = 0;
        int latitudeMicro = 0; // micro-degrees
        int longitudeMicro = 0;
        int heading = 0;
        int confidenceTenths = 0;
    };

    bool writeCsv(const QString& path);
    bool writeXlsx(const QString& path);
    // The next row (a fresh read, a repeat of the last, or a bad row).
    void nextRow(Row& row);
    quint64 random();
    double uniform(); // [0, 1)
    quint64 below(quint64 bound);
    QByteArray plateText(qint64 index) const;
    QByteArray stateOf(qint64 index) const;

    Options m_options;
    Stats m_stats;
    QString m_error;
    quint64 m_state = 0;
    qint64 m_poolSize = 1;
    qint64 m_wallSeconds = 0; // since the start date, local wall clock
    qint64 m_meanGap = 1;
    qint64 m_nextReadId = 0;
    quint64 m_plateOffset = 0;
    Row m_last;
    bool m_haveLast = false;
};

} // namespace pl::bench
