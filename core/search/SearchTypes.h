#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pl::core {

// How the plate text of a search is compared with the plates read. A '?' or
// '*' in the text makes an exact or contains search a wildcard search ('?'
// one character, '*' any run, possibly empty).
enum class SearchMode {
    Exact,    // the whole plate, after normalisation
    Contains, // the text anywhere in the plate
    Similar,  // plates up to two OCR confusions or one missing/extra character away
};

// Where reads were taken. Rectangle bounds are inclusive degrees (WGS84);
// a circle is a radius in metres around a point.
struct SearchArea {
    enum class Shape { None, Rectangle, Circle };

    Shape shape = Shape::None;
    double south = 0;
    double west = 0;
    double north = 0;
    double east = 0;
    double latitude = 0;
    double longitude = 0;
    double radiusMetres = 0;

    static SearchArea rectangle(double south, double west, double north, double east) {
        SearchArea area;
        area.shape = Shape::Rectangle;
        area.south = south;
        area.west = west;
        area.north = north;
        area.east = east;
        return area;
    }
    static SearchArea circle(double latitude, double longitude, double radiusMetres) {
        SearchArea area;
        area.shape = Shape::Circle;
        area.latitude = latitude;
        area.longitude = longitude;
        area.radiusMetres = radiusMetres;
        return area;
    }
    bool isSet() const { return shape != Shape::None; }
};

// What a person asks to search, and why.
struct SearchRequest {
    QString caseNumber; // an open case
    QString reason;     // required; trimmed
    QString onBehalfOf; // optional: the person the search is made for
    // Plate text: spaces and dashes are dropped, letters upper-cased; only
    // A-Z, 0-9, '?' and '*' are accepted. Empty: any plate, which needs an
    // area or a device to narrow it.
    QString pattern;
    SearchMode mode = SearchMode::Exact;
    QDateTime fromUtc; // invalid: the start of the window in force
    QDateTime toUtc;   // invalid: no upper bound
    QString state;     // empty: any state
    std::optional<qint64> deviceId;
    SearchArea area;
};

// How far back searches for a case may reach, and why.
struct SearchWindow {
    enum class Basis { Administrative, Criminal };

    qint64 caseId = 0;
    QString caseNumber;
    Basis basis = Basis::Administrative;
    QString offense;          // criminal cases: the offense category code
    QString offenseLabel;     // and its label
    int years = 0;            // from policy or the offense category
    QDateTime policyStartUtc; // now minus years
    // An approved, unexpired exception that reaches further back, if any.
    std::optional<qint64> exceptionId;
    QDateTime exceptionFromUtc;
    QDateTime exceptionExpiresUtc;
    // The earliest instant a search may reach: the exception's start if there
    // is one that reaches further, else policyStartUtc.
    QDateTime startUtc;
    // For people: the window in force and where it comes from (translated).
    QString explanation;
};

// An audited search: the matching read ids in rank order (similar searches:
// exact matches first, then by distance; within a rank newest first).
struct SearchResult {
    QList<qint64> readIds;
    // Similar searches: the distance of each read, parallel to readIds
    // (0 = the same plate). Empty for other modes.
    QList<int> distances;
    SearchWindow window;
    QDateTime fromUtc; // the time range applied
    QDateTime toUtc;   // invalid when open-ended
    std::optional<qint64> exceptionUsed;
    QString digest; // SHA-256 (hex) of the ids, ascending, comma-joined decimal
    qint64 auditSeq = 0;
};

// One read as the results table shows it.
struct SearchRow {
    enum class Source { Import, Live };

    qint64 readId = 0;
    QString plate; // normalised
    QString plateRaw;
    QString state;
    QDateTime timeUtc;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString deviceName;
    Source source = Source::Import;
    std::optional<double> confidence;
    bool hasPlateImage = false;
    // The latest verification decision ("confirmed", "mismatch",
    // "unreadable"), empty when the read was not verified.
    QString verification;
    QString corrected; // with a mismatch: the corrected text
};

// One read of a result set as the map and the timeline draw it: small, so a
// whole result set (100,000 reads and more) loads at once.
struct ResultPoint {
    qint64 readId = 0;
    qint64 timeMs = 0; // UTC, milliseconds since the epoch
    double latitude = 0;
    double longitude = 0;
    bool hasLocation = false;
    int device = 0; // index into ResultPoints::devices
};

// The reads of a result set, in the result's order, with the devices that
// took them (each once, with its fixed location when it has one). Reads
// purged since the search are left out.
struct ResultPoints {
    struct DeviceInfo {
        qint64 id = 0;
        QString name;
        std::optional<double> latitude;
        std::optional<double> longitude;
    };
    QList<ResultPoint> points;
    QList<DeviceInfo> devices;
};

} // namespace pl::core
