#include "core/import/Device.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class DeviceText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::Device)
public:
    static QString label(Device::Type type) {
        switch (type) {
        case Device::Type::Covert:
            return tr("covert reader");
        case Device::Type::Mobile:
            return tr("mobile reader");
        case Device::Type::Fixed:
            return tr("fixed reader");
        case Device::Type::Camera:
            return tr("station camera");
        }
        return {};
    }
};
} // namespace

QString Device::typeName(Type type) {
    switch (type) {
    case Type::Covert:
        return QStringLiteral("covert");
    case Type::Mobile:
        return QStringLiteral("mobile");
    case Type::Fixed:
        return QStringLiteral("fixed");
    case Type::Camera:
        return QStringLiteral("camera");
    }
    return {};
}

std::optional<Device::Type> Device::typeFromName(const QString& name) {
    for (Type type : {Type::Covert, Type::Mobile, Type::Fixed, Type::Camera}) {
        if (name.compare(typeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString Device::typeLabel(Type type) {
    return DeviceText::label(type);
}

} // namespace pl::core
