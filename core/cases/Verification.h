#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pl::core {

// One person's decision on whether a read's text matches its image.
// Decisions are only added; a later one does not change an earlier one.
struct Verification {
    enum class Decision { Confirmed, Mismatch, Unreadable };

    qint64 id = 0;
    qint64 readId = 0;
    Decision decision = Decision::Confirmed;
    QString corrected; // normalised plate; mismatch only
    QString note;
    qint64 userId = 0;
    QString userName;
    QString userDisplayName;
    QDateTime timeUtc;

    // Stable id as stored ("confirmed", "mismatch", "unreadable").
    static QString decisionName(Decision decision);
    static std::optional<Decision> decisionFromName(const QString& name);
    // Translated, for people.
    static QString decisionLabel(Decision decision);
};

} // namespace pl::core
