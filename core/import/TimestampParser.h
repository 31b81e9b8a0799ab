#pragma once

#include "core/common/Result.h"
#include "core/import/TimestampFormat.h"

#include <QDate>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>
#include <QTime>

#include <utility>
#include <vector>

namespace pl::core {

// Parses one timestamp cell with a profile's ordered format list, optionally
// ISO 8601 and epoch numbers. Immutable after construction, so one parser may
// serve several threads.
//
// Order of attempts: the formats in list order, then ISO 8601 (when enabled),
// then an epoch number (when an epoch unit is set). The first success wins.
// Text that carried "Z" or an offset, and epoch numbers, give an absolute
// instant; everything else gives a naive wall-clock value that the caller
// converts in the device's time zone (LocalTimeResolver).
class TimestampParser {
public:
    enum class EpochUnit { None, Seconds, Milliseconds };

    // Issue codes, stable, stored with rows.
    static constexpr QLatin1StringView kBadDatetime{"bad_datetime"};
    static constexpr QLatin1StringView kBadEpoch{"bad_epoch"};

    // Epoch numbers outside [2000-01-01, 2100-01-01] UTC are "bad_epoch".
    static constexpr qint64 kEpochMinMs = 946684800000LL;
    static constexpr qint64 kEpochMaxMs = 4102444800000LL;

    struct Parsed {
        enum class Kind {
            Empty,         // blank cell; no issue
            Invalid,       // see issue
            Instant,       // utcMs (and offsetSeconds) are set
            LocalDateTime, // date and time are set (naive wall clock)
            DateOnly,      // date is set
            TimeOnly,      // time is set
        };
        enum class Source { None, Format, Iso8601, Epoch };

        Kind kind = Kind::Empty;
        Source source = Source::None;
        // Instant: milliseconds since 1970-01-01T00:00:00Z.
        qint64 utcMs = 0;
        // Instant from ISO 8601 text: the offset it carried (0 for "Z");
        // 0 for epoch numbers.
        int offsetSeconds = 0;
        // LocalDateTime / DateOnly / TimeOnly; for an ISO Instant the wall
        // clock as written.
        QDate date;
        QTime time;
        // Index in the format list of the format that matched (-1 for ISO
        // and epoch). parseDateAndTime() puts the date's format here and the
        // time's in timeFormatIndex.
        int formatIndex = -1;
        int timeFormatIndex = -1;
        // True when a format matched that is not the first of its shape
        // (date-time, date-only, time-only) in the list: the importer flags
        // "alt_format:<pattern>" then. In a list like ["M/d/yyyy", "h:mm:ss
        // AP", ...] the time format at index 1 is not an alternative.
        bool alternative = false;
        // Invalid: kBadDatetime or kBadEpoch. The importer rejects with
        // "bad_datetime:'<text>'" (see issueText()).
        QLatin1StringView issue;

        bool ok() const { return kind != Kind::Empty && kind != Kind::Invalid; }
    };

    TimestampParser() = default;
    TimestampParser(std::vector<TimestampFormat> formats, bool acceptIso8601, EpochUnit epochUnit);

    // Compiles the patterns; the first one that does not compile is the error.
    static Result<TimestampParser> create(const QStringList& patterns, bool acceptIso8601 = false,
                                          EpochUnit epochUnit = EpochUnit::None);

    const std::vector<TimestampFormat>& formats() const { return m_formats; }
    bool acceptsIso8601() const { return m_acceptIso8601; }
    EpochUnit epochUnit() const { return m_epochUnit; }

    // One cell. Surrounding whitespace is ignored; a blank cell is Empty.
    Parsed parse(QStringView text) const;

    // Separate date and time columns: only date-only formats for the date,
    // only time-only formats for the time. Each gives DateOnly / TimeOnly.
    Parsed parseDate(QStringView text) const;
    Parsed parseTime(QStringView text) const;
    // Both cells together: LocalDateTime from a date-only and a time-only
    // match. A blank time cell means the date cell holds both, so this is
    // parse(dateText) then (which may also give Instant or DateOnly). A blank
    // date cell with a time gives Empty (the date is missing).
    Parsed parseDateAndTime(QStringView dateText, QStringView timeText) const;

    // "bad_datetime:'<text>'" for a rejection reason.
    static QString issueText(const Parsed& parsed, QStringView text);

    // An Excel serial date-time, rounded to the millisecond. 1900 system:
    // serial 1 is 1900-01-01, serial 60 is Excel's fictitious 1900-02-29
    // (returned as an invalid QDate, with the time), serials below 60 are one
    // day later than the plain count from 1899-12-30 would say. 1904 system:
    // serial 0 is 1904-01-01. A time-only serial (0 <= serial < 1) gives the
    // epoch day, which the caller ignores. Negative, NaN or absurdly large
    // serials give two invalid values.
    static std::pair<QDate, QTime> fromExcelSerial(double serial, bool date1904);

private:
    enum class Shape : quint8 { DateTime, DateOnly, TimeOnly };

    Parsed parseWith(QStringView text, bool wantDate, bool wantTime) const;
    bool parseIso8601(QStringView text, Parsed& out) const;
    bool parseEpoch(QStringView text, Parsed& out) const;

    std::vector<TimestampFormat> m_formats;
    // Per format: whether an earlier format has the same shape.
    std::vector<bool> m_alternative;
    bool m_acceptIso8601 = false;
    EpochUnit m_epochUnit = EpochUnit::None;
};

} // namespace pl::core
