#pragma once

#include "core/accounts/Session.h"
#include "core/cases/Verification.h"
#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pl::core {

class Station;

// Recording what an investigator saw when comparing a read with its images.
// Each decision is audited in the same transaction as it is stored.
class VerificationService {
public:
    explicit VerificationService(Station& station);

    // VerifyReads. The read must exist. A mismatch needs the corrected plate,
    // which is normalised (A-Z, 0-9) and must be a valid plate; confirmed and
    // unreadable take no corrected plate. The note is optional.
    Result<Verification> record(const Session& session, qint64 readId,
                                Verification::Decision decision, const QString& corrected = {},
                                const QString& note = {});
    // VerifyReads: audits that the read was opened to be verified (with the
    // case it was opened for, if any).
    Status recordViewed(const Session& session, qint64 readId, const QString& caseNumber = {});

    // SearchReads: every decision on the read, oldest first.
    Result<QList<Verification>> history(const Session& session, qint64 readId);
    // SearchReads: the latest decision of each read that has one.
    Result<QHash<qint64, Verification>> latest(const Session& session,
                                               const QList<qint64>& readIds);

private:
    Station& m_station;
};

} // namespace pl::core
