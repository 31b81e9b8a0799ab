#pragma once

#include "core/accounts/Session.h"
#include "core/cases/QueryException.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pl::core {

class Station;

// Exceptions to a case's query window: anyone who may search asks for one
// for an open case; a supervisor other than the requester approves or
// refuses it in their own session. Each step is audited with the case number.
class ExceptionService {
public:
    explicit ExceptionService(Station& station);

    // SearchReads. fromUtc must be valid and in the past; the reason is
    // required; the case must exist and be open.
    Result<QueryException> request(const Session& session, const QString& caseNumber,
                                   const QDateTime& fromUtc, const QString& reason);
    // ApproveExceptions, not the requester. Expires exceptionValidityDays()
    // from now. A request already decided is refused with a message.
    Result<QueryException> approve(const Session& session, qint64 exceptionId,
                                   const QString& note = {});
    // ApproveExceptions, not the requester; the note is required.
    Result<QueryException> refuse(const Session& session, qint64 exceptionId, const QString& note);

    // ApproveExceptions: every pending request, oldest first.
    Result<QList<QueryException>> pending(const Session& session);
    // SearchReads: a case's exceptions, newest first.
    Result<QList<QueryException>> forCase(const Session& session, const QString& caseNumber);
    // SearchReads: the approved, unexpired exception reaching furthest back
    // for the case, if any.
    Result<std::optional<QueryException>> activeFor(const Session& session,
                                                    const QString& caseNumber);

private:
    Result<QueryException> decide(const Session& session, qint64 exceptionId, bool approve,
                                  const QString& note);

    Station& m_station;
};

} // namespace pl::core
