#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace pl::core {

class Clock;
class ConsentText;

// A throw-away store with one user per role, for trying PlateLedger out.
struct DemoAccount {
    QString name;
    Role role;
    QString password; // shown once on the terminal; the store keeps only key slots
};

struct DemoStore {
    QString path;
    QList<DemoAccount> accounts;
    QString caseNumber; // an open case the demo investigator opened
};

class DemoStation {
public:
    // Creates the store in folder. The setup runs as the demo administrator,
    // who acknowledges the permitted-use notice (printed by the caller).
    static Result<DemoStore> create(const QString& folder, const ConsentText& notice,
                                    const Clock& clock);
};

} // namespace pl::core
