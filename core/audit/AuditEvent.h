#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pl::core {

enum class AuditOutcome { Success, Failure, Refused };

QString auditOutcomeName(AuditOutcome outcome);

// Who did something. userId is empty for someone not (yet) known to the
// store, e.g. a failed login with an unknown name.
struct AuditActor {
    std::optional<qint64> userId;
    QString userName;
};

// What a caller asks to record.
struct AuditRecord {
    AuditRecord() = default;
    AuditRecord(QString actionName, AuditOutcome result, QString kind = {}, QString targetName = {})
        : action(std::move(actionName))
        , outcome(result)
        , targetKind(std::move(kind))
        , target(std::move(targetName)) {}

    QString action;
    AuditOutcome outcome = AuditOutcome::Success;
    QString targetKind; // "user", "plate", "case", "setting", "store"...
    QString target;
    QString caseNumber;
    QString reason;
    QString onBehalfOf;
    QJsonObject details;
};

// An event as stored: the record plus its place in the hash chain.
struct AuditEvent {
    qint64 seq = 0;
    QDateTime timeUtc;
    std::optional<qint64> userId;
    QString userName;
    QString onBehalfOf;
    QString action;
    QString targetKind;
    QString target;
    QString caseNumber;
    QString reason;
    QString details; // compact JSON, hashed exactly as stored
    QString outcome;
    QByteArray prevHash;
    QByteArray hash;
};

struct AuditHead {
    qint64 seq = 0;
    QByteArray hash;
};

} // namespace pl::core
