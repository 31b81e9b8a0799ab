#include "core/cases/QueryException.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class ExceptionStatusText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::QueryException)
public:
    static QString pending() { return tr("pending"); }
    static QString approved() { return tr("approved"); }
    static QString expired() { return tr("expired"); }
    static QString refused() { return tr("refused"); }
};
} // namespace

QString QueryException::statusName(Status status) {
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<QueryException::Status> QueryException::statusFromName(const QString& name) {
    for (const Status status : {Status::Pending, Status::Approved, Status::Refused}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString QueryException::statusLabel(const QueryException& exception, const QDateTime& nowUtc) {
    switch (exception.status) {
    case Status::Pending:
        return ExceptionStatusText::pending();
    case Status::Approved:
        return exception.isActiveAt(nowUtc) ? ExceptionStatusText::approved()
                                            : ExceptionStatusText::expired();
    case Status::Refused:
        return ExceptionStatusText::refused();
    }
    return {};
}

} // namespace pl::core
