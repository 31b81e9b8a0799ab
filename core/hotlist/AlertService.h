#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/hotlist/HotListTypes.h"

#include <QList>

namespace pl::core {

class Station;

// A user's own hot-list alerts: nobody sees another's. Showing an alert (a
// notification or the inbox opening it) and acknowledging it are audited;
// unacknowledged alerts wait in the inbox for the next login.
class AlertService {
public:
    explicit AlertService(Station& station);

    // The caller's alerts, newest first; acknowledged ones too when asked.
    Result<QList<HotListAlert>> inbox(const Session& session, bool includeAcknowledged = false);
    // The caller's unacknowledged alerts newer than afterId, oldest first,
    // for notifications. Nothing is audited until they are shown.
    Result<QList<HotListAlert>> newSince(const Session& session, qint64 afterId);
    Result<int> unacknowledgedCount(const Session& session);
    // The caller's alert; another user's is NotFound (and the attempt audited).
    Result<HotListAlert> alert(const Session& session, qint64 alertId);

    // Records that the caller was shown these alerts: the first showing of
    // each is audited. Others' alerts are skipped.
    Status markShown(const Session& session, const QList<qint64>& alertIds);
    // The caller's alert; the note is optional. Acknowledging twice is refused.
    Status acknowledge(const Session& session, qint64 alertId, const QString& note = {});

private:
    Station& m_station;
};

} // namespace pl::core
