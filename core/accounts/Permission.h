#pragma once

#include "core/accounts/Role.h"

namespace pl::core {

enum class Permission {
    SearchReads,
    ImportReads,
    RunCameras,
    ConfigureCameras,
    ManageOwnHotList,
    ViewStationHotList,
    ViewMap,
    VerifyReads,
    ExportCases,
    ViewAudit,
    // Mark flags reviewed, run and sign periodic reviews (supervisors only;
    // administrators read the trail but do not review it).
    ReviewAudit,
    ApproveExceptions,
    ManageUsers,
    ManagePolicy,
    ManageCases,
    RunRetention,
};

// The role matrix of DESIGN.md, in one place.
class Permissions {
public:
    static bool allows(Role role, Permission permission);
};

} // namespace pl::core
