// The typed field parsers the importer applies to each cell: timestamps (with
// formats, ISO 8601, epoch numbers and Excel serials), local time in a zone
// across DST changes, coordinates, plates and states. Values come from the
// sample files and the format notes where they exist.

#include "core/import/CoordinateParser.h"
#include "core/import/LocalTimeResolver.h"
#include "core/import/PlateNormalizer.h"
#include "core/import/StateMapper.h"
#include "core/import/TimestampFormat.h"
#include "core/import/TimestampParser.h"
#include "tests/support/Checks.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace pl;
using core::CoordinateParser;
using core::LocalTimeResolver;
using core::PlateNormalizer;
using core::StateMapper;
using core::TimestampFormat;
using core::TimestampParser;

Q_DECLARE_METATYPE(TimestampParser::EpochUnit)
Q_DECLARE_METATYPE(CoordinateParser::Axis)
Q_DECLARE_METATYPE(StateMapper::Style)

namespace {

QString timeText(QTime time) {
    return time.toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString utcText(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

// One line per outcome, so a table row states the whole expected result.
QString describe(const TimestampFormat::Parts& parts) {
    QString text;
    if (parts.hasDate()) {
        text = QStringLiteral("%1-%2")
                   .arg(*parts.year, 4, 10, QLatin1Char('0'))
                   .arg(*parts.month, 2, 10, QLatin1Char('0'));
        if (parts.day)
            text += QStringLiteral("-%1").arg(*parts.day, 2, 10, QLatin1Char('0'));
    }
    if (parts.hasTime)
        text += QLatin1Char('T') + timeText(parts.time());
    return text;
}

QString describe(const TimestampParser::Parsed& parsed) {
    using Kind = TimestampParser::Parsed::Kind;
    switch (parsed.kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Invalid:
        return QStringLiteral("invalid ") + QString(parsed.issue);
    case Kind::Instant:
        return QStringLiteral("instant %1 %2").arg(utcText(parsed.utcMs)).arg(parsed.offsetSeconds);
    case Kind::LocalDateTime:
        return QStringLiteral("local %1T%2")
            .arg(parsed.date.toString(Qt::ISODate), timeText(parsed.time));
    case Kind::DateOnly:
        return QStringLiteral("date ") + parsed.date.toString(Qt::ISODate);
    case Kind::TimeOnly:
        return QStringLiteral("time ") + timeText(parsed.time);
    }
    return {};
}

QString describe(const CoordinateParser::Parsed& parsed) {
    switch (parsed.kind) {
    case CoordinateParser::Parsed::Kind::Missing:
        return QStringLiteral("missing");
    case CoordinateParser::Parsed::Kind::Error:
        return QString(parsed.issue);
    case CoordinateParser::Parsed::Kind::Value:
        return QString::number(parsed.value, 'f', 7);
    }
    return {};
}

const QStringList kBossFormats = {QStringLiteral("MM/dd/yyyy - HH:mm:ss"),
                                  QStringLiteral("MM/dd/yyyy - h:mm:ss AP"),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss")};
const QStringList kCovertFormats = {QStringLiteral("M/d/yyyy"), QStringLiteral("h:mm:ss AP"),
                                    QStringLiteral("M/d/yyyy h:mm:ss AP")};

} // namespace

class TestFieldParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatCompile_data();
    void formatCompile();
    void formatMatch_data();
    void formatMatch();
    void timestamp_data();
    void timestamp();
    void dateAndTime_data();
    void dateAndTime();
    void issueText();
    void excelSerial_data();
    void excelSerial();
    void localTime_data();
    void localTime();
    void unknownZone_data();
    void unknownZone();
    void knownZones();
    void localTimeAcrossYears();
    void coordinate_data();
    void coordinate();
    void plate_data();
    void plate();
    void matchKey_data();
    void matchKey();
    void state_data();
    void state();
};

// --- TimestampFormat -------------------------------------------------------

void TestFieldParsers::formatCompile_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("ok");

    // Every format of the sample profiles and the format notes.
    for (const char* pattern : {"MM/dd/yyyy - HH:mm:ss",
                                "MM/dd/yyyy - h:mm:ss AP",
                                "yyyy-MM-dd HH:mm:ss",
                                "M/d/yyyy",
                                "h:mm:ss AP",
                                "yyyyMMdd",
                                "yyyy:MM:dd",
                                "yyyy-MM-dd HH:mm:ss.zzz",
                                "yyyy-MM-dd",
                                "MM/dd/yyyy",
                                "M/d/yyyy h:mm:ss AP",
                                "MMddyy",
                                "MMyy",
                                "yyyy-MM-dd'T'HH:mm:ss",
                                "yyyy-MM-ddTHH:mm:ss",
                                "d.M.yy H:m:s.z",
                                "hh:mm ap",
                                "h:mm a",
                                "HH:mm",
                                "'at' HH:mm"})
        QTest::newRow(pattern) << QString::fromLatin1(pattern) << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("  ") << false;
    QTest::newRow("month name") << QStringLiteral("dd MMM yyyy") << false;
    QTest::newRow("long month name") << QStringLiteral("dd MMMM yyyy") << false;
    QTest::newRow("day name") << QStringLiteral("ddd MM/dd/yyyy") << false;
    QTest::newRow("time zone") << QStringLiteral("yyyy-MM-dd HH:mm t") << false;
    QTest::newRow("three-letter year") << QStringLiteral("yyy-MM-dd") << false;
    QTest::newRow("one-letter year") << QStringLiteral("y-MM-dd") << false;
    QTest::newRow("hhh") << QStringLiteral("hhh:mm") << false;
    QTest::newRow("zz") << QStringLiteral("HH:mm:ss.zz") << false;
    QTest::newRow("unclosed quote") << QStringLiteral("yyyy-MM-dd'T HH") << false;
    QTest::newRow("year twice") << QStringLiteral("yyyy-MM-dd yy") << false;
    QTest::newRow("no fields") << QStringLiteral("'date'") << false;
    QTest::newRow("no year") << QStringLiteral("MM/dd") << false;
    QTest::newRow("no hour") << QStringLiteral("mm:ss") << false;
    QTest::newRow("AP with HH") << QStringLiteral("HH:mm AP") << false;
    QTest::newRow("AP alone") << QStringLiteral("yyyy-MM-dd AP") << false;
}

void TestFieldParsers::formatCompile() {
    QFETCH(QString, pattern);
    QFETCH(bool, ok);

    const core::Result<TimestampFormat> format = TimestampFormat::compile(pattern);
    if (ok) {
        PL_VERIFY_OK(format);
        QCOMPARE(format->pattern(), pattern);
    } else {
        PL_VERIFY_ERROR(format, core::ErrorCode::InvalidArgument);
        QVERIFY(!format.error().message().isEmpty());
    }
}

void TestFieldParsers::formatMatch_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: no match

    const QString boss24 = QStringLiteral("MM/dd/yyyy - HH:mm:ss");
    const QString boss12 = QStringLiteral("MM/dd/yyyy - h:mm:ss AP");
    QTest::newRow("boss 24h") << boss24 << QStringLiteral("10/07/2024 - 16:30:51")
                              << QStringLiteral("2024-10-07T16:30:51.000");
    QTest::newRow("boss 24h, spaces around") << boss24 << QStringLiteral("  10/07/2024 - 16:30:51 ")
                                             << QStringLiteral("2024-10-07T16:30:51.000");
    QTest::newRow("boss month 13")
        << boss24 << QStringLiteral("13/07/2024 - 16:41:00") << QString();
    QTest::newRow("boss 12h text in 24h format")
        << boss24 << QStringLiteral("10/07/2024 - 4:31:05 PM") << QString();
    QTest::newRow("boss hour 24") << boss24 << QStringLiteral("10/07/2024 - 24:00:00") << QString();
    QTest::newRow("boss minute 60")
        << boss24 << QStringLiteral("10/07/2024 - 16:60:00") << QString();
    QTest::newRow("boss second 60")
        << boss24 << QStringLiteral("10/07/2024 - 16:59:60") << QString();
    QTest::newRow("boss trailing text")
        << boss24 << QStringLiteral("10/07/2024 - 16:30:51x") << QString();
    QTest::newRow("boss single-digit month")
        << boss24 << QStringLiteral("1/07/2024 - 16:30:51") << QString();
    QTest::newRow("boss 12h PM") << boss12 << QStringLiteral("10/07/2024 - 4:31:05 PM")
                                 << QStringLiteral("2024-10-07T16:31:05.000");
    QTest::newRow("boss 12h lower-case pm") << boss12 << QStringLiteral("10/07/2024 - 4:31:05 pm")
                                            << QStringLiteral("2024-10-07T16:31:05.000");
    QTest::newRow("12 AM is midnight") << boss12 << QStringLiteral("10/07/2024 - 12:00:00 AM")
                                       << QStringLiteral("2024-10-07T00:00:00.000");
    QTest::newRow("12:59 AM") << boss12 << QStringLiteral("10/07/2024 - 12:59:59 AM")
                              << QStringLiteral("2024-10-07T00:59:59.000");
    QTest::newRow("12 PM is noon") << boss12 << QStringLiteral("10/07/2024 - 12:00:00 PM")
                                   << QStringLiteral("2024-10-07T12:00:00.000");
    QTest::newRow("1 AM") << boss12 << QStringLiteral("10/07/2024 - 1:00:00 AM")
                          << QStringLiteral("2024-10-07T01:00:00.000");
    QTest::newRow("11 PM") << boss12 << QStringLiteral("10/07/2024 - 11:59:59 PM")
                           << QStringLiteral("2024-10-07T23:59:59.000");
    QTest::newRow("hour 13 with PM")
        << boss12 << QStringLiteral("10/07/2024 - 13:00:00 PM") << QString();
    QTest::newRow("hour 0 with AM")
        << boss12 << QStringLiteral("10/07/2024 - 0:30:00 AM") << QString();
    QTest::newRow("no AM/PM") << boss12 << QStringLiteral("10/07/2024 - 4:31:05") << QString();
    QTest::newRow("XM") << boss12 << QStringLiteral("10/07/2024 - 4:31:05 XM") << QString();

    const QString iso = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    QTest::newRow("iso-like") << iso << QStringLiteral("2024-10-07 16:31:40")
                              << QStringLiteral("2024-10-07T16:31:40.000");
    QTest::newRow("iso-like with T") << iso << QStringLiteral("2024-10-07T16:31:40") << QString();
    QTest::newRow("ms") << QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                        << QStringLiteral("2024-10-07 16:31:40.057")
                        << QStringLiteral("2024-10-07T16:31:40.057");
    QTest::newRow("ms needs 3 digits") << QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                       << QStringLiteral("2024-10-07 16:31:40.5") << QString();
    QTest::newRow("z is a fraction") << QStringLiteral("HH:mm:ss.z") << QStringLiteral("16:31:40.5")
                                     << QStringLiteral("T16:31:40.500");
    QTest::newRow("z two digits") << QStringLiteral("HH:mm:ss.z") << QStringLiteral("16:31:40.25")
                                  << QStringLiteral("T16:31:40.250");

    const QString mdy = QStringLiteral("M/d/yyyy");
    QTest::newRow("M/d/yyyy short")
        << mdy << QStringLiteral("11/2/2024") << QStringLiteral("2024-11-02");
    QTest::newRow("M/d/yyyy padded")
        << mdy << QStringLiteral("01/02/2024") << QStringLiteral("2024-01-02");
    QTest::newRow("M/d/yyyy three-digit day") << mdy << QStringLiteral("1/123/2024") << QString();
    QTest::newRow("Feb 29 leap year")
        << mdy << QStringLiteral("2/29/2024") << QStringLiteral("2024-02-29");
    QTest::newRow("Feb 29 other year") << mdy << QStringLiteral("2/29/2023") << QString();
    QTest::newRow("Feb 30") << mdy << QStringLiteral("2/30/2024") << QString();
    QTest::newRow("Apr 31") << mdy << QStringLiteral("4/31/2024") << QString();
    QTest::newRow("day 0") << mdy << QStringLiteral("4/0/2024") << QString();
    QTest::newRow("Feb 29 2000") << mdy << QStringLiteral("2/29/2000")
                                 << QStringLiteral("2000-02-29");
    QTest::newRow("Feb 29 2100") << mdy << QStringLiteral("2/29/2100") << QString();

    QTest::newRow("h:mm:ss AP") << QStringLiteral("h:mm:ss AP") << QStringLiteral("4:35:10 PM")
                                << QStringLiteral("T16:35:10.000");
    QTest::newRow("h:mm:ss AP two-digit hour")
        << QStringLiteral("h:mm:ss AP") << QStringLiteral("10:35:10 AM")
        << QStringLiteral("T10:35:10.000");
    QTest::newRow("h without AP is 24h")
        << QStringLiteral("h:mm") << QStringLiteral("16:35") << QStringLiteral("T16:35:00.000");

    QTest::newRow("yyyyMMdd") << QStringLiteral("yyyyMMdd") << QStringLiteral("20241015")
                              << QStringLiteral("2024-10-15");
    QTest::newRow("yyyyMMdd month 13")
        << QStringLiteral("yyyyMMdd") << QStringLiteral("20241340") << QString();
    QTest::newRow("yyyyMMdd short")
        << QStringLiteral("yyyyMMdd") << QStringLiteral("2024101") << QString();
    QTest::newRow("yyyy:MM:dd") << QStringLiteral("yyyy:MM:dd") << QStringLiteral("2024:10:15")
                                << QStringLiteral("2024-10-15");
    QTest::newRow("MMddyy is 20yy")
        << QStringLiteral("MMddyy") << QStringLiteral("101524") << QStringLiteral("2024-10-15");
    QTest::newRow("MMyy has no day")
        << QStringLiteral("MMyy") << QStringLiteral("1026") << QStringLiteral("2026-10");
    QTest::newRow("quoted T") << QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")
                              << QStringLiteral("2024-10-07T16:31:40")
                              << QStringLiteral("2024-10-07T16:31:40.000");
    QTest::newRow("variable widths backtrack")
        << QStringLiteral("Mdyyyy") << QStringLiteral("1122024") << QStringLiteral("2024-11-02");
    QTest::newRow("non-ASCII digits") << mdy << QStringLiteral("١/2/2024") << QString();
    QTest::newRow("empty") << mdy << QString() << QString();
}

void TestFieldParsers::formatMatch() {
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const core::Result<TimestampFormat> format = TimestampFormat::compile(pattern);
    PL_VERIFY_OK(format);
    const std::optional<TimestampFormat::Parts> parts = format->match(text);
    QCOMPARE(parts ? describe(*parts) : QString(), expected);
    if (parts && parts->hasDate() && parts->day)
        QVERIFY(parts->date().isValid());
}

// --- TimestampParser -------------------------------------------------------

void TestFieldParsers::timestamp_data() {
    QTest::addColumn<QStringList>("formats");
    QTest::addColumn<bool>("iso");
    QTest::addColumn<TimestampParser::EpochUnit>("epoch");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("formatIndex");
    QTest::addColumn<bool>("alternative");

    using EU = TimestampParser::EpochUnit;
    const QStringList none;

    // reads_summary_like.csv, lines 2, 4, 5 and 16.
    QTest::newRow("boss first format")
        << kBossFormats << false << EU::None << QStringLiteral("10/07/2024 - 16:30:51")
        << QStringLiteral("local 2024-10-07T16:30:51.000") << 0 << false;
    QTest::newRow("boss 12h alternative")
        << kBossFormats << false << EU::None << QStringLiteral("10/07/2024 - 4:31:05 PM")
        << QStringLiteral("local 2024-10-07T16:31:05.000") << 1 << true;
    QTest::newRow("boss ISO-like alternative")
        << kBossFormats << false << EU::None << QStringLiteral("2024-10-07 16:31:40")
        << QStringLiteral("local 2024-10-07T16:31:40.000") << 2 << true;
    QTest::newRow("boss month 13")
        << kBossFormats << false << EU::None << QStringLiteral("13/07/2024 - 16:41:00")
        << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("blank") << kBossFormats << false << EU::None << QStringLiteral("   ")
                           << QStringLiteral("empty") << -1 << false;
    QTest::newRow("garbage") << kBossFormats << true << EU::Seconds << QStringLiteral("yesterday")
                             << QStringLiteral("invalid bad_datetime") << -1 << false;

    // Covert xlsx list: date-only, time-only and date-time formats together.
    QTest::newRow("covert date") << kCovertFormats << false << EU::None
                                 << QStringLiteral("11/2/2024") << QStringLiteral("date 2024-11-02")
                                 << 0 << false;
    QTest::newRow("covert time") << kCovertFormats << false << EU::None
                                 << QStringLiteral("4:35:10 PM")
                                 << QStringLiteral("time 16:35:10.000") << 1 << false;
    QTest::newRow("covert date-time is the first of its shape")
        << kCovertFormats << false << EU::None << QStringLiteral("11/3/2024 1:30:00 AM")
        << QStringLiteral("local 2024-11-03T01:30:00.000") << 2 << false;

    // ISO 8601.
    QTest::newRow("ISO Z") << none << true << EU::None << QStringLiteral("2024-10-07T23:30:51Z")
                           << QStringLiteral("instant 2024-10-07T23:30:51.000Z 0") << -1 << false;
    QTest::newRow("ISO lower-case z")
        << none << true << EU::None << QStringLiteral("2024-10-07t23:30:51z")
        << QStringLiteral("instant 2024-10-07T23:30:51.000Z 0") << -1 << false;
    QTest::newRow("ISO ms Z") << none << true << EU::None
                              << QStringLiteral("2024-10-07T23:30:51.125Z")
                              << QStringLiteral("instant 2024-10-07T23:30:51.125Z 0") << -1
                              << false;
    QTest::newRow("ISO microseconds truncated")
        << none << true << EU::None << QStringLiteral("2024-10-07T23:30:51.123999Z")
        << QStringLiteral("instant 2024-10-07T23:30:51.123Z 0") << -1 << false;
    QTest::newRow("ISO one fraction digit")
        << none << true << EU::None << QStringLiteral("2024-10-07T23:30:51.5Z")
        << QStringLiteral("instant 2024-10-07T23:30:51.500Z 0") << -1 << false;
    QTest::newRow("ISO -07:00") << none << true << EU::None
                                << QStringLiteral("2024-10-07T16:30:51-07:00")
                                << QStringLiteral("instant 2024-10-07T23:30:51.000Z -25200") << -1
                                << false;
    QTest::newRow("ISO +0530") << none << true << EU::None
                               << QStringLiteral("2024-10-07T05:00:00+0530")
                               << QStringLiteral("instant 2024-10-06T23:30:00.000Z 19800") << -1
                               << false;
    QTest::newRow("ISO +01") << none << true << EU::None << QStringLiteral("2024-10-07T05:00:00+01")
                             << QStringLiteral("instant 2024-10-07T04:00:00.000Z 3600") << -1
                             << false;
    QTest::newRow("ISO offset crosses midnight")
        << none << true << EU::None << QStringLiteral("2024-12-31 23:30:00-05:00")
        << QStringLiteral("instant 2025-01-01T04:30:00.000Z -18000") << -1 << false;
    QTest::newRow("ISO space, naive")
        << none << true << EU::None << QStringLiteral("2024-10-07 16:31:40")
        << QStringLiteral("local 2024-10-07T16:31:40.000") << -1 << false;
    QTest::newRow("ISO naive with ms")
        << none << true << EU::None << QStringLiteral("2024-10-07T16:31:40.250")
        << QStringLiteral("local 2024-10-07T16:31:40.250") << -1 << false;
    QTest::newRow("ISO off") << none << false << EU::None << QStringLiteral("2024-10-07T23:30:51Z")
                             << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("ISO bad offset")
        << none << true << EU::None << QStringLiteral("2024-10-07T23:30:51+7")
        << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("ISO offset 25h")
        << none << true << EU::None << QStringLiteral("2024-10-07T23:30:51+25:00")
        << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("ISO Feb 30") << none << true << EU::None
                                << QStringLiteral("2024-02-30T10:00:00Z")
                                << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("ISO no seconds")
        << none << true << EU::None << QStringLiteral("2024-10-07T23:30Z")
        << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("ISO after formats")
        << kBossFormats << true << EU::None << QStringLiteral("2024-10-07T16:31:40Z")
        << QStringLiteral("instant 2024-10-07T16:31:40.000Z 0") << -1 << false;

    // Epoch numbers.
    QTest::newRow("epoch s") << none << false << EU::Seconds << QStringLiteral("1728343851")
                             << QStringLiteral("instant 2024-10-07T23:30:51.000Z 0") << -1 << false;
    QTest::newRow("epoch s fraction")
        << none << false << EU::Seconds << QStringLiteral("1728343851.25")
        << QStringLiteral("instant 2024-10-07T23:30:51.250Z 0") << -1 << false;
    QTest::newRow("epoch ms") << none << false << EU::Milliseconds
                              << QStringLiteral("1728343851123")
                              << QStringLiteral("instant 2024-10-07T23:30:51.123Z 0") << -1
                              << false;
    QTest::newRow("epoch ms with fraction")
        << none << false << EU::Milliseconds << QStringLiteral("1728343851123.5")
        << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("epoch ms given seconds")
        << none << false << EU::Milliseconds << QStringLiteral("1728343851")
        << QStringLiteral("invalid bad_epoch") << -1 << false;
    QTest::newRow("epoch s given ms")
        << none << false << EU::Seconds << QStringLiteral("1728343851123")
        << QStringLiteral("invalid bad_epoch") << -1 << false;
    QTest::newRow("epoch 1999") << none << false << EU::Seconds << QStringLiteral("946684799")
                                << QStringLiteral("invalid bad_epoch") << -1 << false;
    QTest::newRow("epoch 2000-01-01")
        << none << false << EU::Seconds << QStringLiteral("946684800")
        << QStringLiteral("instant 2000-01-01T00:00:00.000Z 0") << -1 << false;
    QTest::newRow("epoch 2100-01-01")
        << none << false << EU::Seconds << QStringLiteral("4102444800")
        << QStringLiteral("instant 2100-01-01T00:00:00.000Z 0") << -1 << false;
    QTest::newRow("epoch after 2100")
        << none << false << EU::Seconds << QStringLiteral("4102444801")
        << QStringLiteral("invalid bad_epoch") << -1 << false;
    QTest::newRow("epoch huge") << none << false << EU::Milliseconds
                                << QStringLiteral("99999999999999999999999")
                                << QStringLiteral("invalid bad_epoch") << -1 << false;
    QTest::newRow("epoch negative") << none << false << EU::Seconds << QStringLiteral("-1728343851")
                                    << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("epoch off") << none << false << EU::None << QStringLiteral("1728343851")
                               << QStringLiteral("invalid bad_datetime") << -1 << false;
    QTest::newRow("format before epoch")
        << QStringList{QStringLiteral("yyyyMMdd")} << false << EU::Seconds
        << QStringLiteral("20241015") << QStringLiteral("date 2024-10-15") << 0 << false;
}

void TestFieldParsers::timestamp() {
    QFETCH(QStringList, formats);
    QFETCH(bool, iso);
    QFETCH(TimestampParser::EpochUnit, epoch);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, formatIndex);
    QFETCH(bool, alternative);

    const core::Result<TimestampParser> parser = TimestampParser::create(formats, iso, epoch);
    PL_VERIFY_OK(parser);
    const TimestampParser::Parsed parsed = parser->parse(text);
    QCOMPARE(describe(parsed), expected);
    QCOMPARE(parsed.formatIndex, formatIndex);
    QCOMPARE(parsed.alternative, alternative);
}

void TestFieldParsers::dateAndTime_data() {
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("formatIndex");
    QTest::addColumn<int>("timeFormatIndex");

    // covert_unit_export.xlsx rows 6, 7 and 23 (as text).
    QTest::newRow("date and time text")
        << QStringLiteral("11/2/2024") << QStringLiteral("4:35:10 PM")
        << QStringLiteral("local 2024-11-02T16:35:10.000") << 0 << 1;
    QTest::newRow("combined in the date cell")
        << QStringLiteral("11/3/2024 1:45:00 AM") << QString()
        << QStringLiteral("local 2024-11-03T01:45:00.000") << 2 << -1;
    QTest::newRow("date cell holds only a date")
        << QStringLiteral("11/2/2024") << QStringLiteral(" ") << QStringLiteral("date 2024-11-02")
        << 0 << -1;
    QTest::newRow("time in the date cell")
        << QStringLiteral("4:35:10 PM") << QStringLiteral("4:35:10 PM")
        << QStringLiteral("invalid bad_datetime") << -1 << -1;
    QTest::newRow("date in the time cell")
        << QStringLiteral("11/2/2024") << QStringLiteral("11/2/2024")
        << QStringLiteral("invalid bad_datetime") << -1 << -1;
    QTest::newRow("no date") << QString() << QStringLiteral("4:35:10 PM") << QStringLiteral("empty")
                             << -1 << -1;
    QTest::newRow("bad time") << QStringLiteral("11/2/2024") << QStringLiteral("13:35:10 PM")
                              << QStringLiteral("invalid bad_datetime") << -1 << -1;
}

void TestFieldParsers::dateAndTime() {
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, expected);
    QFETCH(int, formatIndex);
    QFETCH(int, timeFormatIndex);

    const core::Result<TimestampParser> parser = TimestampParser::create(kCovertFormats);
    PL_VERIFY_OK(parser);
    const TimestampParser::Parsed parsed = parser->parseDateAndTime(date, time);
    QCOMPARE(describe(parsed), expected);
    QCOMPARE(parsed.formatIndex, formatIndex);
    QCOMPARE(parsed.timeFormatIndex, timeFormatIndex);
    QVERIFY(!parsed.alternative);
}

void TestFieldParsers::issueText() {
    const core::Result<TimestampParser> parser = TimestampParser::create(kBossFormats);
    PL_VERIFY_OK(parser);
    const QString text = QStringLiteral("13/07/2024 - 16:41:00");
    QCOMPARE(TimestampParser::issueText(parser->parse(text), text),
             QStringLiteral("bad_datetime:'13/07/2024 - 16:41:00'"));

    const core::Result<TimestampParser> bad =
        TimestampParser::create({QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd MMM yyyy")});
    PL_VERIFY_ERROR(bad, core::ErrorCode::InvalidArgument);
    QVERIFY(bad.error().message().contains(QStringLiteral("MMM")));
}

void TestFieldParsers::excelSerial_data() {
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("date"); // empty: invalid
    QTest::addColumn<QString>("time");

    QTest::newRow("serial 1") << 1.0 << false << QStringLiteral("1900-01-01")
                              << QStringLiteral("00:00:00.000");
    QTest::newRow("serial 59") << 59.0 << false << QStringLiteral("1900-02-28")
                               << QStringLiteral("00:00:00.000");
    QTest::newRow("serial 60 is the fictitious Feb 29")
        << 60.5 << false << QString() << QStringLiteral("12:00:00.000");
    QTest::newRow("serial 61") << 61.0 << false << QStringLiteral("1900-03-01")
                               << QStringLiteral("00:00:00.000");
    QTest::newRow("2024-11-03") << 45599.0 << false << QStringLiteral("2024-11-03")
                                << QStringLiteral("00:00:00.000");
    // 16:31:12 is 0.688333...: without rounding it comes back as 16:31:11.999.
    QTest::newRow("rounded to ms")
        << 45572.0 + (16 * 3600 + 31 * 60 + 12) / 86400.0 << false << QStringLiteral("2024-10-07")
        << QStringLiteral("16:31:12.000");
    QTest::newRow("time-only serial")
        << 0.5 << false << QStringLiteral("1899-12-31") << QStringLiteral("12:00:00.000");
    QTest::newRow("last ms of a day rounds to the next")
        << 45572.0 + 0.9999999999 << false << QStringLiteral("2024-10-08")
        << QStringLiteral("00:00:00.000");
    QTest::newRow("1904 serial 0")
        << 0.0 << true << QStringLiteral("1904-01-01") << QStringLiteral("00:00:00.000");
    QTest::newRow("1904 2024-11-03") << 45599.0 - 1462.0 << true << QStringLiteral("2024-11-03")
                                     << QStringLiteral("00:00:00.000");
    QTest::newRow("negative") << -1.0 << false << QString() << QString();
    QTest::newRow("NaN") << std::nan("") << false << QString() << QString();
    QTest::newRow("beyond 9999") << 3.0e6 << false << QString() << QString();
}

void TestFieldParsers::excelSerial() {
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, date);
    QFETCH(QString, time);

    const auto [d, t] = TimestampParser::fromExcelSerial(serial, date1904);
    QCOMPARE(d.isValid() ? d.toString(Qt::ISODate) : QString(), date);
    QCOMPARE(t.isValid() ? timeText(t) : QString(), time);
}

// --- LocalTimeResolver -----------------------------------------------------

void TestFieldParsers::localTime_data() {
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("wall");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("kind"); // exact / ambiguous / gap
    QTest::addColumn<QString>("alternative");

    const auto row = [](const char* name, const char* zone, const char* wall, const char* utc,
                        const char* kind, const char* alternative) {
        QTest::newRow(name) << QString::fromLatin1(zone) << QString::fromLatin1(wall)
                            << QString::fromLatin1(utc) << QString::fromLatin1(kind)
                            << QString::fromLatin1(alternative);
    };
    const char* chicago = "America/Chicago";
    // Fall-back 2024-11-03 02:00 CDT -> 01:00 CST: 01:00-01:59 happen twice.
    row("Chicago 01:30 ambiguous", chicago, "2024-11-03T01:30:00", "2024-11-03T06:30:00.000Z",
        "ambiguous", "2024-11-03T07:30:00.000Z");
    row("Chicago 01:45 ambiguous", chicago, "2024-11-03T01:45:00", "2024-11-03T06:45:00.000Z",
        "ambiguous", "2024-11-03T07:45:00.000Z");
    row("Chicago 01:00 ambiguous", chicago, "2024-11-03T01:00:00", "2024-11-03T06:00:00.000Z",
        "ambiguous", "2024-11-03T07:00:00.000Z");
    row("Chicago 00:59:59 before overlap", chicago, "2024-11-03T00:59:59",
        "2024-11-03T05:59:59.000Z", "exact", "2024-11-03T05:59:59.000Z");
    row("Chicago 02:00 after overlap", chicago, "2024-11-03T02:00:00", "2024-11-03T08:00:00.000Z",
        "exact", "2024-11-03T08:00:00.000Z");
    // Spring-forward 2024-03-10 02:00 CST -> 03:00 CDT: 02:00-02:59 never happen.
    row("Chicago 02:30 gap", chicago, "2024-03-10T02:30:00", "2024-03-10T08:30:00.000Z", "gap",
        "2024-03-10T07:30:00.000Z");
    row("Chicago 02:00 gap", chicago, "2024-03-10T02:00:00", "2024-03-10T08:00:00.000Z", "gap",
        "2024-03-10T07:00:00.000Z");
    row("Chicago 01:59:59.999 before gap", chicago, "2024-03-10T01:59:59.999",
        "2024-03-10T07:59:59.999Z", "exact", "2024-03-10T07:59:59.999Z");
    row("Chicago 03:00 after gap", chicago, "2024-03-10T03:00:00", "2024-03-10T08:00:00.000Z",
        "exact", "2024-03-10T08:00:00.000Z");
    row("Chicago winter", chicago, "2024-01-15T12:00:00", "2024-01-15T18:00:00.000Z", "exact",
        "2024-01-15T18:00:00.000Z");
    row("Chicago summer", chicago, "2024-07-04T12:00:00", "2024-07-04T17:00:00.000Z", "exact",
        "2024-07-04T17:00:00.000Z");
    row("Chicago new year", chicago, "2024-01-01T00:00:00", "2024-01-01T06:00:00.000Z", "exact",
        "2024-01-01T06:00:00.000Z");
    row("Chicago new year's eve", chicago, "2024-12-31T23:59:59", "2025-01-01T05:59:59.000Z",
        "exact", "2025-01-01T05:59:59.000Z");
    row("Chicago 2000 gap", chicago, "2000-04-02T02:30:00", "2000-04-02T08:30:00.000Z", "gap",
        "2000-04-02T07:30:00.000Z");
    row("Chicago 2000 ambiguous", chicago, "2000-10-29T01:30:00", "2000-10-29T06:30:00.000Z",
        "ambiguous", "2000-10-29T07:30:00.000Z");
    row("Chicago 2000 winter", chicago, "2000-01-01T00:00:00", "2000-01-01T06:00:00.000Z", "exact",
        "2000-01-01T06:00:00.000Z");
    row("Chicago 2099 gap", chicago, "2099-03-08T02:30:00", "2099-03-08T08:30:00.000Z", "gap",
        "2099-03-08T07:30:00.000Z");
    row("Chicago 2099 not a gap a week later", chicago, "2099-03-15T02:30:00",
        "2099-03-15T07:30:00.000Z", "exact", "2099-03-15T07:30:00.000Z");
    row("Chicago 2099 ambiguous", chicago, "2099-11-01T01:30:00", "2099-11-01T06:30:00.000Z",
        "ambiguous", "2099-11-01T07:30:00.000Z");
    row("Chicago 2099 winter", chicago, "2099-12-31T23:00:00", "2100-01-01T05:00:00.000Z", "exact",
        "2100-01-01T05:00:00.000Z");
    // The BOSS sample's zone.
    row("Los Angeles sample", "America/Los_Angeles", "2024-10-07T16:30:51",
        "2024-10-07T23:30:51.000Z", "exact", "2024-10-07T23:30:51.000Z");
    row("UTC", "UTC", "2024-03-10T02:30:00", "2024-03-10T02:30:00.000Z", "exact",
        "2024-03-10T02:30:00.000Z");
    // Southern hemisphere: DST from October to April.
    const char* sydney = "Australia/Sydney";
    row("Sydney summer", sydney, "2024-01-15T12:00:00", "2024-01-15T01:00:00.000Z", "exact",
        "2024-01-15T01:00:00.000Z");
    row("Sydney winter", sydney, "2024-07-15T12:00:00", "2024-07-15T02:00:00.000Z", "exact",
        "2024-07-15T02:00:00.000Z");
    row("Sydney ambiguous", sydney, "2024-04-07T02:30:00", "2024-04-06T15:30:00.000Z", "ambiguous",
        "2024-04-06T16:30:00.000Z");
    row("Sydney gap", sydney, "2024-10-06T02:30:00", "2024-10-05T16:30:00.000Z", "gap",
        "2024-10-05T15:30:00.000Z");
    row("Sydney new year in DST", sydney, "2025-01-01T00:30:00", "2024-12-31T13:30:00.000Z",
        "exact", "2024-12-31T13:30:00.000Z");
    const char* london = "Europe/London";
    row("London gap", london, "2024-03-31T01:30:00", "2024-03-31T01:30:00.000Z", "gap",
        "2024-03-31T00:30:00.000Z");
    row("London ambiguous", london, "2024-10-27T01:30:00", "2024-10-27T00:30:00.000Z", "ambiguous",
        "2024-10-27T01:30:00.000Z");
    row("London summer", london, "2024-07-01T12:00:00", "2024-07-01T11:00:00.000Z", "exact",
        "2024-07-01T11:00:00.000Z");
    row("London winter", london, "2024-12-01T12:00:00", "2024-12-01T12:00:00.000Z", "exact",
        "2024-12-01T12:00:00.000Z");
    row("Kolkata half-hour offset", "Asia/Kolkata", "2024-06-01T12:00:00",
        "2024-06-01T06:30:00.000Z", "exact", "2024-06-01T06:30:00.000Z");
    row("Kolkata 2000", "Asia/Kolkata", "2000-01-01T00:00:00", "1999-12-31T18:30:00.000Z", "exact",
        "1999-12-31T18:30:00.000Z");
    // A half-hour DST shift.
    row("Lord Howe ambiguous", "Australia/Lord_Howe", "2024-04-07T01:45:00",
        "2024-04-06T14:45:00.000Z", "ambiguous", "2024-04-06T15:15:00.000Z");
    row("Lord Howe gap", "Australia/Lord_Howe", "2024-10-06T02:15:00", "2024-10-05T15:45:00.000Z",
        "gap", "2024-10-05T15:15:00.000Z");
    // A gap at midnight (Brazil 2018): the day starts at 01:00.
    row("Sao Paulo midnight gap", "America/Sao_Paulo", "2018-11-04T00:30:00",
        "2018-11-04T03:30:00.000Z", "gap", "2018-11-04T02:30:00.000Z");
}

void TestFieldParsers::localTime() {
    QFETCH(QString, zone);
    QFETCH(QString, wall);
    QFETCH(QString, utc);
    QFETCH(QString, kind);
    QFETCH(QString, alternative);

    core::Result<LocalTimeResolver> resolver = LocalTimeResolver::create(zone);
    PL_VERIFY_OK(resolver);
    const QDateTime naive = QDateTime::fromString(wall, Qt::ISODateWithMs);
    QVERIFY(naive.isValid());
    const LocalTimeResolver::Resolved resolved = resolver->resolve(naive.date(), naive.time());
    QCOMPARE(utcText(resolved.utcMs), utc);
    QCOMPARE(utcText(resolved.alternativeUtcMs), alternative);
    const QString kindText =
        resolved.kind == LocalTimeResolver::Kind::Exact       ? QStringLiteral("exact")
        : resolved.kind == LocalTimeResolver::Kind::Ambiguous ? QStringLiteral("ambiguous")
                                                              : QStringLiteral("gap");
    QCOMPARE(kindText, kind);
    QCOMPARE(QString(resolved.issue()), kind == QLatin1String("exact") ? QString()
                                        : kind == QLatin1String("ambiguous")
                                            ? QStringLiteral("ambiguous_local_time")
                                            : QStringLiteral("nonexistent_local_time"));
    // The offset used is the one utcMs was computed with.
    QCOMPARE(LocalTimeResolver::wallMs(naive.date(), naive.time()) - resolved.utcMs,
             qint64(resolved.offsetSeconds) * 1000);
    // Same answer from a second call (cached table).
    QCOMPARE(resolver->resolve(naive.date(), naive.time()).utcMs, resolved.utcMs);
}

void TestFieldParsers::unknownZone_data() {
    QTest::addColumn<QString>("zone");
    QTest::newRow("empty") << QString();
    QTest::newRow("made up") << QStringLiteral("Mars/Olympus_Mons");
    // Qt would take these as POSIX rules meaning UTC.
    QTest::newRow("lower-case abbreviation") << QStringLiteral("cst");
    QTest::newRow("word") << QStringLiteral("Foo");
    QTest::newRow("wrong case") << QStringLiteral("America/chicago");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd");
    QTest::newRow("absolute path") << QStringLiteral("/usr/share/zoneinfo/UTC");
}

void TestFieldParsers::knownZones() {
    for (const char* id : {"UTC", "America/Chicago", "America/Los_Angeles", "Australia/Sydney",
                           "Europe/London", "Asia/Kolkata", "Etc/UTC", "US/Central"}) {
        const core::Result<LocalTimeResolver> resolver =
            LocalTimeResolver::create(QString::fromLatin1(id));
        PL_VERIFY_OK(resolver);
        QCOMPARE(resolver->zone().id(), QByteArray(id));
    }
}

void TestFieldParsers::unknownZone() {
    QFETCH(QString, zone);
    const core::Result<LocalTimeResolver> resolver = LocalTimeResolver::create(zone);
    PL_VERIFY_ERROR(resolver, core::ErrorCode::InvalidArgument);
    QVERIFY(resolver.error().message().contains(QStringLiteral("time zone")));
}

// Every hour of several years agrees with QDateTime wherever the wall time
// exists exactly once.
void TestFieldParsers::localTimeAcrossYears() {
    for (const char* id : {"America/Chicago", "Australia/Sydney", "Europe/London"}) {
        core::Result<LocalTimeResolver> resolver =
            LocalTimeResolver::create(QString::fromLatin1(id));
        PL_VERIFY_OK(resolver);
        const QTimeZone zone{QByteArray(id)};
        for (int year : {2000, 2024, 2099}) {
            int exact = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
                for (int hour = 0; hour < 24; hour += 5) {
                    const QTime t(hour, 17, 3);
                    const LocalTimeResolver::Resolved r = resolver->resolve(d, t);
                    if (r.kind != LocalTimeResolver::Kind::Exact)
                        continue;
                    ++exact;
                    const QDateTime expected(d, t, zone);
                    QCOMPARE(r.utcMs, expected.toMSecsSinceEpoch());
                }
            }
            QVERIFY(exact > 1700);
        }
    }
}

// --- CoordinateParser ------------------------------------------------------

void TestFieldParsers::coordinate_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<CoordinateParser::Axis>("axis");
    QTest::addColumn<bool>("dms");
    QTest::addColumn<QString>("expected");

    const auto lat = CoordinateParser::Axis::Latitude;
    const auto lon = CoordinateParser::Axis::Longitude;
    const QString bad = QStringLiteral("bad_coordinate");
    const QString range = QStringLiteral("coordinate_out_of_range");

    QTest::newRow("decimal") << QStringLiteral("41.8818") << lat << false
                             << QStringLiteral("41.8818000");
    QTest::newRow("negative") << QStringLiteral("-87.6231") << lon << false
                              << QStringLiteral("-87.6231000");
    QTest::newRow("plus") << QStringLiteral("+41.8818") << lat << false
                          << QStringLiteral("41.8818000");
    QTest::newRow("integer") << QStringLiteral("41") << lat << false
                             << QStringLiteral("41.0000000");
    QTest::newRow("long fraction")
        << QStringLiteral("41.881833333333336") << lat << false << QStringLiteral("41.8818333");
    QTest::newRow("spaces") << QStringLiteral("  41.8818 ") << lat << false
                            << QStringLiteral("41.8818000");
    QTest::newRow("zero") << QStringLiteral("0") << lat << false << QStringLiteral("0.0000000");
    QTest::newRow("minus zero") << QStringLiteral("-0.0") << lon << false
                                << QStringLiteral("0.0000000");
    QTest::newRow("empty") << QString() << lat << true << QStringLiteral("missing");
    QTest::newRow("blank") << QStringLiteral("   ") << lon << true << QStringLiteral("missing");
    QTest::newRow("suffix N") << QStringLiteral("41.88 N") << lat << false
                              << QStringLiteral("41.8800000");
    QTest::newRow("suffix S") << QStringLiteral("33.87S") << lat << false
                              << QStringLiteral("-33.8700000");
    QTest::newRow("prefix W") << QStringLiteral("W87.6") << lon << false
                              << QStringLiteral("-87.6000000");
    QTest::newRow("prefix E space")
        << QStringLiteral("E 151.2") << lon << false << QStringLiteral("151.2000000");
    QTest::newRow("lower-case w") << QStringLiteral("87.6 w") << lon << false
                                  << QStringLiteral("-87.6000000");
    QTest::newRow("degree sign") << QStringLiteral("41.88°") << lat << false
                                 << QStringLiteral("41.8800000");
    // covert_unit_export.xlsx row 13.
    QTest::newRow("sample DMS lat")
        << QStringLiteral("41°52'54.6\"N") << lat << true << QStringLiteral("41.8818333");
    QTest::newRow("sample DMS lon")
        << QStringLiteral("87°37'23.4\"W") << lon << true << QStringLiteral("-87.6231667");
    QTest::newRow("DMS spaces") << QStringLiteral("41 52 54.6 N") << lat << true
                                << QStringLiteral("41.8818333");
    QTest::newRow("DMS spaces no hemisphere")
        << QStringLiteral("41 52 54.6") << lat << true << QStringLiteral("41.8818333");
    QTest::newRow("DMS negative") << QStringLiteral("-87 37 23.4") << lon << true
                                  << QStringLiteral("-87.6231667");
    QTest::newRow("degrees decimal minutes")
        << QStringLiteral("41°52.91'N") << lat << true << QStringLiteral("41.8818333");
    QTest::newRow("d m s letters")
        << QStringLiteral("41d52m54.6sN") << lat << true << QStringLiteral("41.8818333");
    QTest::newRow("d m s letters, south")
        << QStringLiteral("33d52m10S") << lat << true << QStringLiteral("-33.8694444");
    QTest::newRow("typographic primes")
        << QStringLiteral("41° 52′ 54.6″ N") << lat << true << QStringLiteral("41.8818333");
    QTest::newRow("two apostrophes")
        << QStringLiteral("41°52'54.6''N") << lat << true << QStringLiteral("41.8818333");
    QTest::newRow("prefix hemisphere DMS")
        << QStringLiteral("W 87°37'23.4\"") << lon << true << QStringLiteral("-87.6231667");
    QTest::newRow("DMS not accepted") << QStringLiteral("41°52'54.6\"N") << lat << false << bad;
    QTest::newRow("spaces not accepted") << QStringLiteral("41 52 54.6") << lat << false << bad;
    QTest::newRow("comma decimal") << QStringLiteral("41,8818") << lat << false << bad;
    QTest::newRow("comma DMS") << QStringLiteral("41 52 54,6 N") << lat << true << bad;
    QTest::newRow("minutes 60") << QStringLiteral("41 60 00 N") << lat << true << bad;
    QTest::newRow("seconds 60") << QStringLiteral("41°52'60\"N") << lat << true << bad;
    QTest::newRow("fraction before last") << QStringLiteral("41.5°30'N") << lat << true << bad;
    QTest::newRow("marks out of order") << QStringLiteral("41'52°N") << lat << true << bad;
    QTest::newRow("four parts") << QStringLiteral("41 52 54 1") << lat << true << bad;
    QTest::newRow("E on a latitude") << QStringLiteral("41.88 E") << lat << false << bad;
    QTest::newRow("N on a longitude") << QStringLiteral("87.6N") << lon << false << bad;
    QTest::newRow("two hemispheres") << QStringLiteral("N41.88N") << lat << false << bad;
    QTest::newRow("minus and hemisphere") << QStringLiteral("-87.6 W") << lon << false << bad;
    QTest::newRow("garbage") << QStringLiteral("n/a") << lat << true << bad;
    QTest::newRow("letters") << QStringLiteral("abc") << lon << true << bad;
    QTest::newRow("dot only") << QStringLiteral(".") << lat << false << bad;
    QTest::newRow("trailing dot") << QStringLiteral("41.") << lat << false << bad;
    QTest::newRow("exponent") << QStringLiteral("4.1e1") << lat << false << bad;
    QTest::newRow("two minus") << QStringLiteral("--41") << lat << false << bad;
    QTest::newRow("lat 90") << QStringLiteral("90") << lat << false << QStringLiteral("90.0000000");
    QTest::newRow("lat -90") << QStringLiteral("-90") << lat << false
                             << QStringLiteral("-90.0000000");
    QTest::newRow("lat 90.0001") << QStringLiteral("90.0001") << lat << false << range;
    QTest::newRow("lat 91 S") << QStringLiteral("91 S") << lat << false << range;
    QTest::newRow("lon 180") << QStringLiteral("-180") << lon << false
                             << QStringLiteral("-180.0000000");
    QTest::newRow("lon 180.5") << QStringLiteral("180.5") << lon << false << range;
    QTest::newRow("lat 87.6 as latitude ok")
        << QStringLiteral("87.6") << lat << false << QStringLiteral("87.6000000");
    QTest::newRow("DMS over range") << QStringLiteral("90 0 1 N") << lat << true << range;
}

void TestFieldParsers::coordinate() {
    QFETCH(QString, text);
    QFETCH(CoordinateParser::Axis, axis);
    QFETCH(bool, dms);
    QFETCH(QString, expected);

    const CoordinateParser::Parsed parsed = CoordinateParser::parse(text, axis, dms);
    QCOMPARE(describe(parsed), expected);
}

// --- PlateNormalizer -------------------------------------------------------

void TestFieldParsers::plate_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("profile"); // reads / hotlist / wildcard / short
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("rejection");

    const auto row = [](const char* name, const QString& raw, const char* profile,
                        const char* normalized, const char* flags, const QString& rejection) {
        QTest::newRow(name) << raw << QString::fromLatin1(profile)
                            << QString::fromLatin1(normalized) << QString::fromLatin1(flags)
                            << rejection;
    };
    // reads_summary_like.csv
    row("clean", QStringLiteral("ZQX4821"), "reads", "ZQX4821", "", {});
    row("lowercase with space", QStringLiteral("bkt 3390"), "reads", "BKT3390",
        "plate_lowercase; plate_separators_removed", {});
    row("dash", QStringLiteral("CRN-8814"), "reads", "CRN8814", "plate_separators_removed", {});
    row("road sign", QStringLiteral("DETOUR"), "reads", "DETOUR", "junk_read:DETOUR", {});
    row("road sign, lower case", QStringLiteral("Detour"), "reads", "DETOUR",
        "plate_lowercase; junk_read:DETOUR", {});
    row("built-in junk", QStringLiteral("YIELD"), "reads", "YIELD", "junk_read:YIELD", {});
    row("profile junk", QStringLiteral("BUS ONLY"), "reads", "BUSONLY",
        "plate_separators_removed; junk_read:BUSONLY", {});
    row("empty", QString(), "reads", "", "", QStringLiteral("empty_plate"));
    row("blank", QStringLiteral("   "), "reads", "", "", QStringLiteral("empty_plate"));
    row("separators only", QStringLiteral(" - . "), "reads", "", "", QStringLiteral("empty_plate"));
    row("trailing blank is no flag", QStringLiteral("ZQX4821 "), "reads", "ZQX4821", "", {});
    row("leading tab is no flag", QStringLiteral("\tZQX4821"), "reads", "ZQX4821", "", {});
    // openalpr_forensic_plates.csv line 10
    row("openalpr lowercase", QStringLiteral("7hjw552"), "reads", "7HJW552", "plate_lowercase", {});
    row("dots and middle dot", QStringLiteral("AB.12·34"), "reads", "AB1234",
        "plate_separators_removed", {});
    row("too long", QStringLiteral("ABCDEFGHIJK"), "reads", "", "",
        QStringLiteral("plate_too_long:11"));
    row("10 is fine", QStringLiteral("ABCDE-FGHIJ"), "reads", "ABCDEFGHIJ",
        "plate_separators_removed", {});
    row("short limit", QStringLiteral("ABCDEFG"), "short", "", "",
        QStringLiteral("plate_too_long:7"));
    row("star without wildcard", QStringLiteral("WLM22*7"), "reads", "", "",
        QStringLiteral("plate_bad_chars:WLM22*7"));
    row("inner tab", QStringLiteral("AB\t12"), "reads", "", "",
        QStringLiteral("plate_bad_chars:AB\t12"));
    row("slash", QStringLiteral("AB/12"), "reads", "", "", QStringLiteral("plate_bad_chars:AB/12"));
    // genetec_style_hotlist.txt lines 5-7, 11, 18, 19
    row("one wildcard", QStringLiteral("WLM22*7"), "wildcard", "WLM22*7", "wildcard_entry", {});
    row("two wildcards", QStringLiteral("ZQX4**1"), "wildcard", "ZQX4**1", "wildcard_entry", {});
    row("three wildcards", QStringLiteral("Z***821"), "wildcard", "", "",
        QStringLiteral("too_many_wildcards:Z***821"));
    row("only wildcards", QStringLiteral("**"), "wildcard", "", "", QStringLiteral("empty_plate"));
    row("hot list lowercase with space", QStringLiteral("prv 1186"), "wildcard", "PRV1186",
        "plate_lowercase; plate_separators_removed", {});
    row("accented letter", QStringLiteral("ÉCOLE1"), "wildcard", "", "",
        QStringLiteral("plate_bad_chars:ÉCOLE1"));
    row("accented letter, reads", QStringLiteral("ÉCOLE1"), "reads", "", "",
        QStringLiteral("plate_bad_chars:ÉCOLE1"));
    // ncic_hotlist_fixed.txt line 17
    row("placeholder", QStringLiteral("UNKNOWN"), "hotlist", "", "",
        QStringLiteral("placeholder_plate:UNKNOWN"));
    row("placeholder, lower case", QStringLiteral("notag"), "hotlist", "", "",
        QStringLiteral("placeholder_plate:NOTAG"));
    row("placeholder with dash", QStringLiteral("NO-TAG"), "hotlist", "", "",
        QStringLiteral("placeholder_plate:NOTAG"));
    row("hot list has no junk", QStringLiteral("DETOUR"), "hotlist", "DETOUR", "", {});
    row("reads have no placeholders", QStringLiteral("UNKNOWN"), "reads", "UNKNOWN", "", {});
}

void TestFieldParsers::plate() {
    QFETCH(QString, raw);
    QFETCH(QString, profile);
    QFETCH(QString, normalized);
    QFETCH(QString, flags);
    QFETCH(QString, rejection);

    PlateNormalizer::Options options;
    if (profile == QLatin1String("reads")) {
        options.junkValues = {QStringLiteral("bus only")};
    } else if (profile == QLatin1String("hotlist")) {
        options.builtInJunk = false;
        options.rejectValues = {QStringLiteral("UNKNOWN"), QStringLiteral("UNK"),
                                QStringLiteral("NONE"), QStringLiteral("NOTAG"),
                                QStringLiteral("TEMP")};
    } else if (profile == QLatin1String("wildcard")) {
        options.wildcard = QLatin1Char('*');
    } else if (profile == QLatin1String("short")) {
        options.maxLength = 6;
    }
    const PlateNormalizer normalizer(options);
    const PlateNormalizer::Normalized result = normalizer.normalize(raw);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.flags.join(QLatin1String("; ")), flags);
    QCOMPARE(result.rejection, rejection);
    QCOMPARE(result.ok(), rejection.isEmpty());
}

void TestFieldParsers::matchKey_data() {
    QTest::addColumn<QString>("plate");
    QTest::addColumn<QString>("key");

    // The sample pairs share a key (FORMATS.md 5.2).
    QTest::newRow("B0KT552") << QStringLiteral("B0KT552") << QStringLiteral("80KT552");
    QTest::newRow("BOKT552") << QStringLiteral("BOKT552") << QStringLiteral("80KT552");
    QTest::newRow("ZQX4821") << QStringLiteral("ZQX4821") << QStringLiteral("20X4821");
    QTest::newRow("ZQX4B21") << QStringLiteral("ZQX4B21") << QStringLiteral("20X4821");
    QTest::newRow("whole table") << QStringLiteral("ODQILZSGB") << QStringLiteral("000112568");
    QTest::newRow("others kept") << QStringLiteral("ACEFHJKMNPRTUVWXY0123456789")
                                 << QStringLiteral("ACEFHJKMNPRTUVWXY0123456789");
    QTest::newRow("wildcard kept") << QStringLiteral("WLM22*7") << QStringLiteral("W1M22*7");
    QTest::newRow("empty") << QString() << QString();
}

void TestFieldParsers::matchKey() {
    QFETCH(QString, plate);
    QFETCH(QString, key);
    QCOMPARE(PlateNormalizer::matchKey(plate), key);
}

// --- StateMapper -----------------------------------------------------------

void TestFieldParsers::state_data() {
    QTest::addColumn<StateMapper::Style>("style");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("flags");

    const auto names = StateMapper::Style::CodeOrName;
    const auto alpr = StateMapper::Style::OpenAlprRegion;
    const auto ncic = StateMapper::Style::Ncic;
    const auto row = [](const char* name, StateMapper::Style style, const QString& text,
                        const char* code, const char* country, const QString& flags) {
        QTest::newRow(name) << style << text << QString::fromLatin1(code)
                            << QString::fromLatin1(country) << flags;
    };
    row("code", names, QStringLiteral("IL"), "IL", "US", {});
    row("lower-case code", names, QStringLiteral("il"), "IL", "US", {});
    row("code with spaces", names, QStringLiteral(" WA "), "WA", "US", {});
    row("name", names, QStringLiteral("Illinois"), "IL", "US", QStringLiteral("state_name_mapped"));
    row("name lower case", names, QStringLiteral("new york"), "NY", "US",
        QStringLiteral("state_name_mapped"));
    row("name extra spaces", names, QStringLiteral("  New   York "), "NY", "US",
        QStringLiteral("state_name_mapped"));
    row("Washington", names, QStringLiteral("Washington"), "WA", "US",
        QStringLiteral("state_name_mapped"));
    row("District of Columbia", names, QStringLiteral("District of Columbia"), "DC", "US",
        QStringLiteral("state_name_mapped"));
    row("DC", names, QStringLiteral("DC"), "DC", "US", {});
    row("US Virgin Islands", names, QStringLiteral("U.S. Virgin Islands"), "VI", "US",
        QStringLiteral("state_name_mapped"));
    row("Puerto Rico", names, QStringLiteral("PR"), "PR", "US", {});
    row("Guam", names, QStringLiteral("GU"), "GU", "US", {});
    row("American Samoa", names, QStringLiteral("AS"), "AS", "US", {});
    row("Northern Marianas", names, QStringLiteral("MP"), "MP", "US", {});
    row("Ontario code", names, QStringLiteral("ON"), "ON", "CA", {});
    row("Ontario", names, QStringLiteral("Ontario"), "ON", "CA",
        QStringLiteral("state_name_mapped"));
    row("British Columbia", names, QStringLiteral("British Columbia"), "BC", "CA",
        QStringLiteral("state_name_mapped"));
    row("BC is Canadian", names, QStringLiteral("BC"), "BC", "CA", {});
    row("Québec", names, QStringLiteral("Québec"), "QC", "CA", QStringLiteral("state_name_mapped"));
    row("Yukon", names, QStringLiteral("YT"), "YT", "CA", {});
    row("Mexico", names, QStringLiteral("MX"), "MX", "MX", {});
    row("Mexico name", names, QStringLiteral("Mexico"), "MX", "MX",
        QStringLiteral("state_name_mapped"));
    row("CA is California", names, QStringLiteral("CA"), "CA", "US", {});
    row("unknown code", names, QStringLiteral("XX"), "", "", QStringLiteral("unknown_state:XX"));
    row("unknown name", names, QStringLiteral("Atlantis"), "", "",
        QStringLiteral("unknown_state:Atlantis"));
    row("empty", names, QString(), "", "", {});
    row("blank", names, QStringLiteral("  "), "", "", {});
    row("zero for O in names style", names, QStringLiteral("0H"), "OH", "US",
        QStringLiteral("state_zero_for_O"));
    // ncic_hotlist_fixed.txt
    row("NCIC code", ncic, QStringLiteral("WA"), "WA", "US", {});
    row("NCIC zero for O", ncic, QStringLiteral("0H"), "OH", "US",
        QStringLiteral("state_zero_for_O"));
    row("NCIC zero for O second", ncic, QStringLiteral("M0"), "MO", "US",
        QStringLiteral("state_zero_for_O"));
    row("NCIC zero that fixes nothing", ncic, QStringLiteral("0X"), "", "",
        QStringLiteral("unknown_state:0X"));
    row("NCIC BC", ncic, QStringLiteral("BC"), "BC", "CA", {});
    row("NCIC old Quebec", ncic, QStringLiteral("PQ"), "QC", "CA", {});
    row("NCIC no names", ncic, QStringLiteral("Washington"), "", "",
        QStringLiteral("unknown_state:Washington"));
    row("NCIC unknown", ncic, QStringLiteral("XX"), "", "", QStringLiteral("unknown_state:XX"));
    // openalpr_forensic_plates.csv
    row("openalpr wa", alpr, QStringLiteral("wa"), "WA", "US", {});
    row("openalpr us-wa", alpr, QStringLiteral("us-wa"), "WA", "US", {});
    row("openalpr ca-on", alpr, QStringLiteral("ca-on"), "ON", "CA", {});
    row("openalpr upper case", alpr, QStringLiteral("US-OR"), "OR", "US", {});
    row("openalpr mx", alpr, QStringLiteral("mx-bc"), "MX", "MX", {});
    row("openalpr country mismatch", alpr, QStringLiteral("us-on"), "", "",
        QStringLiteral("unknown_state:us-on"));
    row("openalpr ca-ca", alpr, QStringLiteral("ca-ca"), "", "",
        QStringLiteral("unknown_state:ca-ca"));
    row("openalpr empty", alpr, QString(), "", "", {});
    row("openalpr no names", alpr, QStringLiteral("Illinois"), "", "",
        QStringLiteral("unknown_state:Illinois"));
}

void TestFieldParsers::state() {
    QFETCH(StateMapper::Style, style);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, country);
    QFETCH(QString, flags);

    const StateMapper mapper(style);
    const StateMapper::Mapped mapped = mapper.map(text);
    QCOMPARE(mapped.code, code);
    QCOMPARE(mapped.country, country);
    QCOMPARE(mapped.flags.join(QLatin1String("; ")), flags);
    QCOMPARE(mapped.known(), !code.isEmpty());
}

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
