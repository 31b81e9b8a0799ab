#include "core/accounts/Permission.h"

namespace pl::core {

bool Permissions::allows(Role role, Permission permission) {
    const bool agent = role == Role::Agent;
    const bool investigator = role == Role::Investigator;
    const bool supervisor = role == Role::Supervisor;
    const bool administrator = role == Role::Administrator;

    switch (permission) {
    case Permission::SearchReads:
        // Everyone searches, and everyone with a case and a reason.
        return true;
    case Permission::ImportReads:
        return agent || investigator || administrator;
    case Permission::ConfigureCameras:
        return agent || administrator;
    case Permission::RunCameras:
    case Permission::ManageOwnHotList:
        return agent || investigator;
    case Permission::ViewStationHotList:
        return supervisor;
    case Permission::ViewMap:
        return investigator || supervisor;
    case Permission::VerifyReads:
    case Permission::ExportCases:
    case Permission::ManageCases:
        return investigator;
    case Permission::ViewAudit:
        return supervisor || administrator;
    case Permission::ApproveExceptions:
    case Permission::ReviewAudit:
        return supervisor;
    case Permission::ManageUsers:
    case Permission::ManagePolicy:
    case Permission::RunRetention:
        return administrator;
    }
    return false;
}

} // namespace pl::core
