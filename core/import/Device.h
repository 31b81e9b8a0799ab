#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pl::core {

// A plate reader reads come from: a covert or mobile unit whose dumps are
// imported, or a fixed reader. A fixed location, when known, stands in for
// reads that carry no coordinates of their own.
struct Device {
    enum class Type { Covert, Mobile, Fixed, Camera };

    qint64 id = 0;
    QString name;
    Type type = Type::Covert;
    QString timeZone; // IANA id
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDateTime createdUtc;

    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString& name);
    // For people: "covert", "mobile", ... translated.
    static QString typeLabel(Type type);
};

} // namespace pl::core
