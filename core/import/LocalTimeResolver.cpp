#include "core/import/LocalTimeResolver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace pl::core {

namespace {

class LocalTimeResolverText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::LocalTimeResolver)
public:
    static QString unknownZone(const QString& id) {
        return tr("Unknown time zone \"%1\": expected an IANA time zone name such as "
                  "America/Chicago, Europe/London or UTC.")
            .arg(id);
    }
};

constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kUnixEpochJulianDay = 2440588;
// Transitions are fetched for a year plus this margin on both sides, which
// covers every UTC offset (at most 14 h) with room to spare.
constexpr qint64 kMarginMs = 2 * kMsPerDay;

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Proleptic Gregorian year of a day count since 1970-01-01 (H. Hinnant's
// civil_from_days, year part only).
int yearFromDays(qint64 days) {
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    const qint64 year = yearOfEra + era * 400 + (monthIndex >= 10 ? 1 : 0);
    return static_cast<int>(year);
}

// Qt's tz-file backend takes any word it cannot find as a POSIX TZ rule, so
// QTimeZone("Foo") is "valid" (as UTC). Trust an id only when Qt lists it or
// the system's zoneinfo database has a file for it (links such as
// "US/Central" or "Etc/UTC" are not in Qt's list).
bool isKnownZoneId(const QByteArray& id) {
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    if (id.isEmpty() || id.startsWith('/') || id.contains(".."))
        return false;
    for (const char c : id) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                             (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-' || c == '+';
        if (!allowed)
            return false;
    }
    QStringList dirs;
    const QByteArray tzDir = qgetenv("TZDIR");
    if (!tzDir.isEmpty())
        dirs.append(QFile::decodeName(tzDir));
    dirs << QStringLiteral("/usr/share/zoneinfo") << QStringLiteral("/usr/lib/zoneinfo")
         << QStringLiteral("/usr/share/lib/zoneinfo");
    for (const QString& dir : std::as_const(dirs)) {
        const QFileInfo file(dir + QLatin1Char('/') + QString::fromLatin1(id));
        if (file.isFile())
            return true;
    }
    return false;
}

qint64 startOfYearMs(int year) {
    return (QDate(year, 1, 1).toJulianDay() - kUnixEpochJulianDay) * kMsPerDay;
}

} // namespace

QLatin1StringView LocalTimeResolver::Resolved::issue() const {
    switch (kind) {
    case Kind::Ambiguous:
        return kAmbiguousLocalTime;
    case Kind::Gap:
        return kNonexistentLocalTime;
    case Kind::Exact:
        break;
    }
    return {};
}

Result<LocalTimeResolver> LocalTimeResolver::create(const QString& ianaId) {
    const QByteArray id = ianaId.trimmed().toUtf8();
    QTimeZone zone;
    if (isKnownZoneId(id))
        zone = QTimeZone(id);
    if (!zone.isValid())
        return Error(ErrorCode::InvalidArgument, LocalTimeResolverText::unknownZone(ianaId));
    return LocalTimeResolver(std::move(zone));
}

LocalTimeResolver::LocalTimeResolver(QTimeZone zone)
    : m_zone(std::move(zone)) {}

qint64 LocalTimeResolver::wallMs(QDate date, QTime time) {
    Q_ASSERT(date.isValid());
    if (!date.isValid())
        return 0; // a caller bug; 0 rather than an overflow
    const qint64 ms = time.isValid() ? time.msecsSinceStartOfDay() : 0;
    return (date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay + ms;
}

LocalTimeResolver::Resolved LocalTimeResolver::resolve(QDate date, QTime time) {
    return resolveWallMs(wallMs(date, time));
}

const LocalTimeResolver::YearTable& LocalTimeResolver::tableFor(int year) {
    if (m_lastTable && m_lastYear == year)
        return *m_lastTable;
    auto it = m_years.find(year);
    if (it == m_years.end()) {
        YearTable table;
        if (m_zone.isValid()) {
            const qint64 from = startOfYearMs(year) - kMarginMs;
            const qint64 to = startOfYearMs(year + 1) + kMarginMs;
            table.offsetAtStart =
                m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(from - 1, Qt::UTC));
            const QTimeZone::OffsetDataList list =
                m_zone.transitions(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                                   QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
            int before = table.offsetAtStart;
            for (const QTimeZone::OffsetData& data : list) {
                Transition t;
                t.atUtcMs = data.atUtc.toMSecsSinceEpoch();
                t.offsetBefore = before;
                t.offsetAfter = data.offsetFromUtc;
                t.localLow = t.atUtcMs + qint64(std::min(t.offsetBefore, t.offsetAfter)) * 1000;
                t.localHigh = t.atUtcMs + qint64(std::max(t.offsetBefore, t.offsetAfter)) * 1000;
                before = t.offsetAfter;
                table.transitions.push_back(t);
            }
        }
        it = m_years.emplace(year, std::move(table)).first;
    }
    m_lastYear = year;
    m_lastTable = &it->second;
    return it->second;
}

LocalTimeResolver::Resolved LocalTimeResolver::resolveWallMs(qint64 wall) {
    const YearTable& table = tableFor(yearFromDays(floorDiv(wall, kMsPerDay)));
    const std::vector<Transition>& transitions = table.transitions;

    // The last transition whose gap/overlap starts at or before this wall time.
    const auto next =
        std::upper_bound(transitions.begin(), transitions.end(), wall,
                         [](qint64 value, const Transition& t) { return value < t.localLow; });
    Resolved out;
    if (next == transitions.begin()) {
        out.offsetSeconds = table.offsetAtStart;
    } else {
        const Transition& t = *(next - 1);
        if (wall < t.localHigh) {
            // Inside a gap or an overlap: the offset in force before the
            // transition gives the earlier (overlap) or the "pushed forward"
            // (gap) instant.
            out.kind = t.offsetAfter > t.offsetBefore ? Kind::Gap : Kind::Ambiguous;
            out.offsetSeconds = t.offsetBefore;
            out.utcMs = wall - qint64(t.offsetBefore) * 1000;
            out.alternativeUtcMs = wall - qint64(t.offsetAfter) * 1000;
            return out;
        }
        out.offsetSeconds = t.offsetAfter;
    }
    out.utcMs = wall - qint64(out.offsetSeconds) * 1000;
    out.alternativeUtcMs = out.utcMs;
    return out;
}

} // namespace pl::core
