#include "core/search/SearchService.h"

#include "core/audit/AuditAction.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/search/PlatePattern.h"
#include "core/station/Station.h"
#include "core/store/Database.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pl::core {

namespace {

class SearchText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::SearchService)
public:
    static QString noCase() { return tr("A search needs the number of the case it is made for."); }
    static QString noReason() { return tr("A search needs a reason."); }
    static QString notInResult() {
        return tr("Only reads of the search's result can be exported with it.");
    }
    static QString noDestination() { return tr("An export needs the file it is written to."); }
    static QString unknownCase(const QString& number) {
        return tr("There is no case %1. Open the case first, or check the number.").arg(number);
    }
    static QString closedCase(const QString& number, const QDateTime& closed) {
        return tr("Case %1 was closed on %2; a closed case cannot be searched for.")
            .arg(number, TimeFormat::toDisplay(closed));
    }
    static QString administrative(int years, const QDateTime& start) {
        return tr("Administrative case: searches reach back %n year(s), to %1 (station policy).",
                  nullptr, years)
            .arg(TimeFormat::toDisplay(start));
    }
    static QString criminal(const QString& offense, int years, const QDateTime& start) {
        return tr("Criminal case (%1): searches reach back %n year(s), to %2 (statute of "
                  "limitations for the offense).",
                  nullptr, years)
            .arg(offense, TimeFormat::toDisplay(start));
    }
    static QString widened(qint64 id, const QDateTime& from, const QDateTime& expires) {
        return tr("An approved exception (no. %1) widens this back to %2 until %3.")
            .arg(id)
            .arg(TimeFormat::toDisplay(from), TimeFormat::toDisplay(expires));
    }
    static QString windowExceeded(const QDateTime& from, const QString& number,
                                  const QString& window) {
        return tr("The search starts at %1, before the window in force for case %2. %3 To search "
                  "further back, request an exception for the case; a supervisor decides on it.")
            .arg(TimeFormat::toDisplay(from), number, window);
    }
    static QString endBeforeStart() { return tr("The end of the time range is before its start."); }
    static QString badRectangle() {
        return tr("The area is not a valid rectangle: latitudes run from -90 to 90, longitudes "
                  "from -180 to 180, and south/west must not exceed north/east.");
    }
    static QString badCircle() {
        return tr("The area is not a valid circle: its centre must be a valid position and its "
                  "radius more than 0 metres.");
    }
    static QString tooBroad() {
        return tr("Give a plate, or limit a search without one to an area or a device.");
    }
};

constexpr double kEarthRadiusMetres = 6371008.8;
constexpr double kMetresPerDegree = 111320.0;
// Up to this time range, an unanchored plate pattern reads the reads of the
// range (about 1/24 of two years' reads) rather than every plate.
constexpr qint64 kShortRangeMs = 31LL * 24 * 3600 * 1000;

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

double metresBetween(double lat1, double lon1, double lat2, double lon2) {
    const double dLat = radians(lat2 - lat1);
    const double dLon = radians(lon2 - lon1);
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(radians(lat1)) * std::cos(radians(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
}

bool validPosition(double lat, double lon) {
    return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 &&
           lon <= 180;
}

QString modeName(SearchMode mode) {
    switch (mode) {
    case SearchMode::Exact:
        return QStringLiteral("exact");
    case SearchMode::Contains:
        return QStringLiteral("contains");
    case SearchMode::Similar:
        return QStringLiteral("similar");
    }
    return {};
}

QString kindName(PlatePattern::Kind kind) {
    switch (kind) {
    case PlatePattern::Kind::Any:
        return QStringLiteral("any");
    case PlatePattern::Kind::Exact:
        return QStringLiteral("exact");
    case PlatePattern::Kind::Wildcard:
        return QStringLiteral("wildcard");
    case PlatePattern::Kind::Contains:
        return QStringLiteral("contains");
    case PlatePattern::Kind::Similar:
        return QStringLiteral("similar");
    }
    return {};
}

QJsonObject areaJson(const SearchArea& area) {
    QJsonObject out;
    switch (area.shape) {
    case SearchArea::Shape::None:
        break;
    case SearchArea::Shape::Rectangle:
        out.insert(QStringLiteral("shape"), QStringLiteral("rectangle"));
        out.insert(QStringLiteral("south"), area.south);
        out.insert(QStringLiteral("west"), area.west);
        out.insert(QStringLiteral("north"), area.north);
        out.insert(QStringLiteral("east"), area.east);
        break;
    case SearchArea::Shape::Circle:
        out.insert(QStringLiteral("shape"), QStringLiteral("circle"));
        out.insert(QStringLiteral("latitude"), area.latitude);
        out.insert(QStringLiteral("longitude"), area.longitude);
        out.insert(QStringLiteral("radius_m"), area.radiusMetres);
        break;
    }
    return out;
}

// The request as audited, run or refused.
QJsonObject requestJson(const SearchRequest& request) {
    QJsonObject out;
    out.insert(QStringLiteral("pattern"), request.pattern);
    out.insert(QStringLiteral("mode"), modeName(request.mode));
    if (request.fromUtc.isValid())
        out.insert(QStringLiteral("from"), TimeFormat::toStorage(request.fromUtc));
    if (request.toUtc.isValid())
        out.insert(QStringLiteral("to"), TimeFormat::toStorage(request.toUtc));
    if (!request.state.trimmed().isEmpty())
        out.insert(QStringLiteral("state"), request.state.trimmed().toUpper());
    if (request.deviceId)
        out.insert(QStringLiteral("device_id"), *request.deviceId);
    if (request.area.isSet())
        out.insert(QStringLiteral("area"), areaJson(request.area));
    return out;
}

// Checks what can be checked without the store.
Status checkRequest(const SearchRequest& request, const PlatePattern& pattern) {
    if (request.fromUtc.isValid() && request.toUtc.isValid() && request.toUtc < request.fromUtc)
        return Error(ErrorCode::InvalidArgument, SearchText::endBeforeStart());
    const SearchArea& area = request.area;
    if (area.shape == SearchArea::Shape::Rectangle &&
        (!validPosition(area.south, area.west) || !validPosition(area.north, area.east) ||
         area.south > area.north || area.west > area.east))
        return Error(ErrorCode::InvalidArgument, SearchText::badRectangle());
    if (area.shape == SearchArea::Shape::Circle &&
        (!validPosition(area.latitude, area.longitude) || !std::isfinite(area.radiusMetres) ||
         area.radiusMetres <= 0))
        return Error(ErrorCode::InvalidArgument, SearchText::badCircle());
    if (pattern.kind() == PlatePattern::Kind::Any && !area.isSet() && !request.deviceId)
        return Error(ErrorCode::InvalidArgument, SearchText::tooBroad());
    return {};
}

// The case's window, read straight from the cases, offense_categories and
// query_exceptions tables.
Result<SearchWindow> loadWindow(Database& db, const QString& caseNumber, const QDateTime& now,
                                int administrativeYears) {
    auto found = db.prepare("SELECT c.id, c.number, c.kind, c.offense, c.closed_utc, o.label, "
                            "o.years FROM cases c LEFT JOIN offense_categories o "
                            "ON o.code = c.offense WHERE c.number = ?1");
    if (!found)
        return found.error();
    found.value().bind(1, caseNumber);
    auto row = found.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, SearchText::unknownCase(caseNumber));
    Statement& c = found.value();
    if (!c.isNull(4))
        return Error(ErrorCode::PermissionDenied,
                     SearchText::closedCase(c.text(1), TimeFormat::fromStorage(c.text(4))));

    SearchWindow window;
    window.caseId = c.integer(0);
    window.caseNumber = c.text(1);
    if (c.text(2) == QLatin1StringView("criminal")) {
        window.basis = SearchWindow::Basis::Criminal;
        window.offense = c.text(3);
        window.offenseLabel = c.isNull(5) ? window.offense : c.text(5);
        window.years = static_cast<int>(c.integer(6));
    } else {
        window.basis = SearchWindow::Basis::Administrative;
        window.years = administrativeYears;
    }
    window.policyStartUtc = now.addYears(-window.years);
    window.startUtc = window.policyStartUtc;
    window.explanation =
        window.basis == SearchWindow::Basis::Criminal
            ? SearchText::criminal(window.offenseLabel, window.years, window.policyStartUtc)
            : SearchText::administrative(window.years, window.policyStartUtc);

    // The approved, unexpired exception reaching furthest back, if it reaches
    // further than the policy. Storage times compare correctly as text.
    auto exception = db.prepare("SELECT id, from_utc, expires_utc FROM query_exceptions "
                                "WHERE case_id = ?1 AND status = 'approved' "
                                "AND expires_utc > ?2 ORDER BY from_utc, id LIMIT 1");
    if (!exception)
        return exception.error();
    exception.value().bind(1, window.caseId).bind(2, TimeFormat::toStorage(now));
    auto exceptionRow = exception.value().step();
    if (!exceptionRow)
        return exceptionRow.error();
    if (exceptionRow.value()) {
        const QDateTime from = TimeFormat::fromStorage(exception.value().text(1));
        if (from.isValid() && from < window.policyStartUtc) {
            window.exceptionId = exception.value().integer(0);
            window.exceptionFromUtc = from;
            window.exceptionExpiresUtc = TimeFormat::fromStorage(exception.value().text(2));
            window.startUtc = from;
            window.explanation +=
                u' ' + SearchText::widened(*window.exceptionId, from, window.exceptionExpiresUtc);
        }
    }
    return window;
}

QString digestOf(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    QByteArray joined;
    joined.reserve(ids.size() * 9);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            joined.append(',');
        joined.append(QByteArray::number(ids[i]));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex());
}

struct Candidate {
    qint64 id;
    qint64 timeMs;
    int distance;
};

// Runs the query for a checked request; the ids in rank order.
Result<QList<Candidate>> runQuery(Database& db, const SearchRequest& request,
                                  const PlatePattern& pattern, qint64 fromMs,
                                  std::optional<qint64> toMs) {
    const PlatePattern::SqlCondition plate = pattern.sqlCondition();
    const SearchArea& area = request.area;
    const bool needPosition = area.shape == SearchArea::Shape::Circle;
    const bool needPlate = pattern.kind() == PlatePattern::Kind::Similar;

    QString sql = QStringLiteral("SELECT r.id, r.time_ms, ") +
                  (needPlate ? QStringLiteral("r.plate") : QStringLiteral("NULL")) +
                  (needPosition ? QStringLiteral(", r.latitude, r.longitude") : QString()) +
                  QStringLiteral(" FROM reads r");
    // The plate conditions are written for one index; say so, as the planner
    // cannot tell a narrow plate range from a wide time range. A pattern no
    // index can narrow (contains, or a wildcard first) reads every plate in
    // reads_plate_time, which holds plate and time, unless the time range is
    // short enough to read the reads of that time instead.
    QString indexName = plate.index;
    if (indexName.isEmpty() && !plate.sql.isEmpty()) {
        const bool shortRange = toMs && *toMs - fromMs <= kShortRangeMs;
        indexName = shortRange ? QStringLiteral("reads_time") : QStringLiteral("reads_plate_time");
    }
    if (!indexName.isEmpty())
        sql += QStringLiteral(" INDEXED BY ") + indexName;
    QStringList where;
    QList<QVariant> values;
    if (!plate.sql.isEmpty()) {
        where.append(plate.sql);
        for (const QString& value : plate.parameters)
            values.append(value);
    }
    where.append(QStringLiteral("r.time_ms >= ?"));
    values.append(fromMs);
    if (toMs) {
        where.append(QStringLiteral("r.time_ms <= ?"));
        values.append(*toMs);
    }
    const QString state = request.state.trimmed().toUpper();
    if (!state.isEmpty()) {
        where.append(QStringLiteral("r.state = ?"));
        values.append(state);
    }
    if (request.deviceId) {
        where.append(QStringLiteral("r.device_id = ?"));
        values.append(*request.deviceId);
    }
    double south = area.south, north = area.north, west = area.west, east = area.east;
    if (area.shape == SearchArea::Shape::Circle) {
        const double dLat = area.radiusMetres / kMetresPerDegree;
        const double cosLat = std::max(0.01, std::cos(radians(area.latitude)));
        const double dLon = std::min(180.0, area.radiusMetres / (kMetresPerDegree * cosLat));
        south = area.latitude - dLat;
        north = area.latitude + dLat;
        west = area.longitude - dLon;
        east = area.longitude + dLon;
    }
    if (area.isSet()) {
        where.append(QStringLiteral("r.latitude BETWEEN ? AND ? AND r.longitude BETWEEN ? AND ?"));
        values << south << north << west << east;
    }
    sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    const QByteArray sqlText = sql.toUtf8();
    auto stmt = db.prepare(sqlText.constData());
    if (!stmt)
        return stmt.error();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        const int index = static_cast<int>(i + 1);
        if (value.typeId() == QMetaType::QString)
            stmt.value().bind(index, value.toString());
        else if (value.typeId() == QMetaType::Double)
            stmt.value().bind(index, value.toDouble());
        else
            stmt.value().bind(index, value.toLongLong());
    }

    QList<Candidate> found;
    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& r = stmt.value();
        int distance = 0;
        if (needPlate) {
            distance = pattern.distance(r.text(2));
            if (distance < 0)
                continue;
        }
        if (needPosition && (r.isNull(3) || r.isNull(4) ||
                             metresBetween(area.latitude, area.longitude, r.real(3), r.real(4)) >
                                 area.radiusMetres))
            continue;
        found.append({r.integer(0), r.integer(1), distance});
    }
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.timeMs != b.timeMs)
            return a.timeMs > b.timeMs;
        return a.id > b.id;
    });
    return found;
}

} // namespace

SearchService::SearchService(Station& station)
    : m_station(station) {}

Result<SearchWindow> SearchService::window(const Session& session, const QString& caseNumber) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    const QString number = caseNumber.trimmed();
    if (number.isEmpty())
        return Error(ErrorCode::InvalidArgument, SearchText::noCase());
    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    return loadWindow(m_station.database(), number, m_station.clock().nowUtc(),
                      policy.value().administrativeWindowYears());
}

Result<SearchResult> SearchService::search(const Session& session, const SearchRequest& request) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();

    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();

    const QString caseNumber = request.caseNumber.trimmed();
    const QString reason = request.reason.trimmed();
    const QString onBehalfOf = request.onBehalfOf.trimmed();
    const QJsonObject parameters = requestJson(request);

    // A refusal is recorded in the same transaction and then returned.
    const auto refuse = [&](const Error& why) -> Result<SearchResult> {
        AuditRecord refused{AuditAction::searchRefused(), AuditOutcome::Refused,
                            QStringLiteral("reads"), caseNumber};
        refused.caseNumber = caseNumber;
        refused.reason = reason;
        refused.onBehalfOf = onBehalfOf;
        refused.details = parameters;
        refused.details.insert(QStringLiteral("refused"), why.message());
        refused.details.insert(QStringLiteral("client"), session.clientName());
        if (auto added = m_station.auditLog().append(tx.value(), session.actor(), refused); !added)
            return added.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        return why;
    };

    if (caseNumber.isEmpty())
        return refuse(Error(ErrorCode::InvalidArgument, SearchText::noCase()));
    if (reason.isEmpty())
        return refuse(Error(ErrorCode::InvalidArgument, SearchText::noReason()));
    auto pattern = PlatePattern::parse(request.pattern, request.mode);
    if (!pattern)
        return refuse(pattern.error());
    if (auto checked = checkRequest(request, pattern.value()); !checked)
        return refuse(checked.error());

    auto policy = m_station.currentPolicy();
    if (!policy)
        return policy.error();
    const QDateTime now = m_station.clock().nowUtc();
    auto window = loadWindow(db, caseNumber, now, policy.value().administrativeWindowYears());
    if (!window) {
        if (window.error().code() == ErrorCode::NotFound ||
            window.error().code() == ErrorCode::PermissionDenied)
            return refuse(window.error());
        return window.error();
    }
    const SearchWindow& applied = window.value();
    if (request.fromUtc.isValid() && request.fromUtc < applied.startUtc)
        return refuse(Error(
            ErrorCode::PermissionDenied,
            SearchText::windowExceeded(request.fromUtc, applied.caseNumber, applied.explanation)));

    SearchResult result;
    result.window = applied;
    result.fromUtc = request.fromUtc.isValid() ? request.fromUtc.toUTC() : applied.startUtc;
    result.toUtc = request.toUtc.isValid() ? request.toUtc.toUTC() : QDateTime();
    if (applied.exceptionId && result.fromUtc < applied.policyStartUtc)
        result.exceptionUsed = applied.exceptionId;

    std::optional<qint64> toMs;
    if (result.toUtc.isValid())
        toMs = result.toUtc.toMSecsSinceEpoch();
    auto found = runQuery(db, request, pattern.value(), result.fromUtc.toMSecsSinceEpoch(), toMs);
    if (!found)
        return found.error();
    const bool similar = pattern.value().kind() == PlatePattern::Kind::Similar;
    result.readIds.reserve(found.value().size());
    if (similar)
        result.distances.reserve(found.value().size());
    for (const Candidate& candidate : std::as_const(found.value())) {
        result.readIds.append(candidate.id);
        if (similar)
            result.distances.append(candidate.distance);
    }
    result.digest = digestOf(result.readIds);

    AuditRecord run{AuditAction::searchRun(), AuditOutcome::Success, QStringLiteral("reads"),
                    pattern.value().text()};
    run.caseNumber = applied.caseNumber;
    run.reason = reason;
    run.onBehalfOf = onBehalfOf;
    run.details = parameters;
    run.details.insert(QStringLiteral("client"), session.clientName());
    run.details.insert(QStringLiteral("plate"), pattern.value().text());
    run.details.insert(QStringLiteral("kind"), kindName(pattern.value().kind()));
    QJsonObject windowJson;
    windowJson.insert(QStringLiteral("basis"), applied.basis == SearchWindow::Basis::Criminal
                                                   ? QStringLiteral("criminal")
                                                   : QStringLiteral("administrative"));
    if (!applied.offense.isEmpty())
        windowJson.insert(QStringLiteral("offense"), applied.offense);
    windowJson.insert(QStringLiteral("years"), applied.years);
    windowJson.insert(QStringLiteral("start"), TimeFormat::toStorage(applied.startUtc));
    windowJson.insert(QStringLiteral("applied_from"), TimeFormat::toStorage(result.fromUtc));
    if (result.toUtc.isValid())
        windowJson.insert(QStringLiteral("applied_to"), TimeFormat::toStorage(result.toUtc));
    run.details.insert(QStringLiteral("window"), windowJson);
    if (result.exceptionUsed)
        run.details.insert(QStringLiteral("exception_id"), *result.exceptionUsed);
    run.details.insert(QStringLiteral("count"), static_cast<qint64>(result.readIds.size()));
    run.details.insert(QStringLiteral("ids_sha256"), result.digest);
    auto added = m_station.auditLog().append(tx.value(), session.actor(), run);
    if (!added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    result.auditSeq = added.value().seq;
    return result;
}

Result<QList<SearchRow>> SearchService::rows(const Session& session, const SearchResult& result,
                                             qsizetype first, qsizetype count) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    const qsizetype begin = std::clamp<qsizetype>(first, 0, result.readIds.size());
    const qsizetype end =
        std::clamp<qsizetype>(begin + std::max<qsizetype>(count, 0), begin, result.readIds.size());
    QList<SearchRow> out;
    if (begin == end)
        return out;

    auto stmt = m_station.database().prepare(
        "SELECT r.id, r.plate, r.plate_raw, r.state, r.time_ms, r.latitude, r.longitude, "
        "d.name, r.source, r.confidence, "
        "EXISTS (SELECT 1 FROM read_images i WHERE i.read_id = r.id AND i.kind = 'plate'), "
        "v.decision, v.corrected "
        "FROM reads r JOIN devices d ON d.id = r.device_id "
        "LEFT JOIN verifications v ON v.id = "
        "(SELECT MAX(id) FROM verifications WHERE read_id = r.id) "
        "WHERE r.id = ?1");
    if (!stmt)
        return stmt.error();
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        Statement& s = stmt.value();
        s.reset();
        s.bind(1, result.readIds[i]);
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        SearchRow read;
        read.readId = s.integer(0);
        read.plate = s.text(1);
        read.plateRaw = s.text(2);
        read.state = s.text(3);
        read.timeUtc = QDateTime::fromMSecsSinceEpoch(s.integer(4), Qt::UTC);
        if (!s.isNull(5))
            read.latitude = s.real(5);
        if (!s.isNull(6))
            read.longitude = s.real(6);
        read.deviceName = s.text(7);
        read.source = s.text(8) == QLatin1StringView("live") ? SearchRow::Source::Live
                                                             : SearchRow::Source::Import;
        if (!s.isNull(9))
            read.confidence = s.real(9);
        read.hasPlateImage = s.integer(10) != 0;
        read.verification = s.text(11);
        read.corrected = s.text(12);
        out.append(read);
    }
    return out;
}

Result<ResultPoints> SearchService::points(const Session& session, const SearchResult& result) {
    if (auto active = m_station.requireActive(session, Permission::SearchReads); !active)
        return active.error();
    auto stmt = m_station.database().prepare(
        "SELECT r.time_ms, r.latitude, r.longitude, r.device_id, d.name, d.latitude, d.longitude "
        "FROM reads r JOIN devices d ON d.id = r.device_id WHERE r.id = ?1");
    if (!stmt)
        return stmt.error();
    ResultPoints out;
    out.points.reserve(result.readIds.size());
    QHash<qint64, int> deviceIndex;
    Statement& s = stmt.value();
    for (const qint64 readId : result.readIds) {
        s.reset();
        s.bind(1, readId);
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        ResultPoint point;
        point.readId = readId;
        point.timeMs = s.integer(0);
        if (!s.isNull(1) && !s.isNull(2)) {
            point.latitude = s.real(1);
            point.longitude = s.real(2);
            point.hasLocation = true;
        }
        const qint64 deviceId = s.integer(3);
        auto found = deviceIndex.constFind(deviceId);
        if (found == deviceIndex.constEnd()) {
            ResultPoints::DeviceInfo device;
            device.id = deviceId;
            device.name = s.text(4);
            if (!s.isNull(5) && !s.isNull(6)) {
                device.latitude = s.real(5);
                device.longitude = s.real(6);
            }
            found = deviceIndex.insert(deviceId, static_cast<int>(out.devices.size()));
            out.devices.append(device);
        }
        point.device = found.value();
        out.points.append(point);
    }
    return out;
}

Result<qint64> SearchService::recordViewExport(const Session& session, const SearchResult& result,
                                               const QList<qint64>& shownIds, const QString& what,
                                               const QString& destination) {
    if (auto active = m_station.requireActive(session, Permission::ViewMap); !active)
        return active.error();
    if (destination.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, SearchText::noDestination());
    const QSet<qint64> found(result.readIds.cbegin(), result.readIds.cend());
    for (const qint64 id : shownIds) {
        if (!found.contains(id))
            return Error(ErrorCode::InvalidArgument, SearchText::notInResult());
    }
    Database& db = m_station.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    AuditRecord record{AuditAction::searchViewExported(), AuditOutcome::Success,
                       QStringLiteral("reads"), what};
    record.caseNumber = result.window.caseNumber;
    record.details.insert(QStringLiteral("client"), session.clientName());
    record.details.insert(QStringLiteral("what"), what);
    record.details.insert(QStringLiteral("destination"), destination);
    record.details.insert(QStringLiteral("search_seq"), result.auditSeq);
    record.details.insert(QStringLiteral("count"), static_cast<qint64>(shownIds.size()));
    record.details.insert(QStringLiteral("ids_sha256"), digestOf(shownIds));
    auto added = m_station.auditLog().append(tx.value(), session.actor(), record);
    if (!added)
        return added.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return added.value().seq;
}

} // namespace pl::core
