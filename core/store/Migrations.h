#pragma once

#include "core/common/Result.h"

#include <functional>
#include <vector>

namespace pl::core {

class Database;

// Numbered schema steps. A store's PRAGMA user_version is the number of the
// last step applied; each step runs in its own transaction together with the
// bump of user_version, so a failed step leaves the store at the previous one.
class Migrations {
public:
    struct Step {
        int version;
        const char* description;
        std::function<Status(Database&)> apply;
    };

    static const std::vector<Step>& steps();
    static int latestVersion();
    // The PlateLedger application_id written into every store's header.
    static constexpr int kApplicationId = 0x504C4447; // "PLDG"

    static Result<int> currentVersion(Database& db);
    // Applies the steps after the store's version, in order. Refuses a store
    // newer than the newest step. Returns the version the store had before.
    static Result<int> migrate(Database& db, const std::vector<Step>& steps = Migrations::steps());
};

} // namespace pl::core
