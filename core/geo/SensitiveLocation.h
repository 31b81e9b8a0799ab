#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pl::core {

// A place the map marks so that reads near it are handled with care. Kept by
// an administrator; a removed location stays stored with its reason.
struct SensitiveLocation {
    qint64 id = 0;
    QString name;
    QString category; // one of SensitiveLocation::categories()
    double latitude = 0.0;
    double longitude = 0.0;
    QString note;
    QDateTime createdUtc;
    QString createdByName;
    QDateTime changedUtc; // invalid when never edited
    QString changedByName;
    QDateTime removedUtc; // invalid while in use
    QString removedByName;
    QString removedReason;

    bool isRemoved() const { return removedUtc.isValid(); }

    // The stored category names, in display order: school, worship, medical, other.
    static const QStringList& categories();
    static bool isKnownCategory(const QString& category);
    // Translated name of a category for screens.
    static QString categoryLabel(const QString& category);
};

// What an administrator enters for a location.
struct SensitiveLocationInput {
    QString name;
    QString category;
    double latitude = 0.0;
    double longitude = 0.0;
    QString note;
};

// A sensitive location near a read, and how near.
struct SensitiveCaution {
    SensitiveLocation location;
    double distanceMetres = 0.0;
};

} // namespace pl::core
