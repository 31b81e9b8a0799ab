#include "core/audit/AuditFilter.h"

#include "core/common/TimeFormat.h"
#include "core/search/PlatePattern.h"

#include <QCoreApplication>

namespace pl::core {

namespace {
class FilterText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AuditFilter)
public:
    static QString backwards() {
        return tr("The end of the time range must be after its beginning.");
    }
    static QString outcome(const QString& value) {
        return tr("There is no outcome \"%1\": use success, failure or refused.").arg(value);
    }
    static QString plate(const QString& why) { return tr("Plate: %1").arg(why); }
    static QString action(const QString& value) {
        return tr("\"%1\" is not an action name: names look like search.run, or search.* for "
                  "all of a kind.")
            .arg(value);
    }
};

bool isActionName(const QString& action) {
    if (action.isEmpty())
        return true;
    QString name = action;
    if (name.endsWith(QLatin1String(".*")))
        name.chop(2);
    if (name.isEmpty())
        return false;
    for (const QChar c : std::as_const(name)) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('_')))
            return false;
    }
    return true;
}
} // namespace

bool AuditFilter::isEmpty() const {
    return !fromUtc.isValid() && !toUtc.isValid() && user.isEmpty() && action.isEmpty() &&
           plate.isEmpty() && caseNumber.isEmpty() && outcome.isEmpty() && !onlyFlagged;
}

QJsonObject AuditFilter::toJson() const {
    QJsonObject json;
    if (fromUtc.isValid())
        json.insert(QStringLiteral("from"), TimeFormat::toStorage(fromUtc));
    if (toUtc.isValid())
        json.insert(QStringLiteral("to"), TimeFormat::toStorage(toUtc));
    if (!user.isEmpty())
        json.insert(QStringLiteral("user"), user);
    if (!action.isEmpty())
        json.insert(QStringLiteral("action"), action);
    if (!plate.isEmpty())
        json.insert(QStringLiteral("plate"), plate);
    if (!caseNumber.isEmpty())
        json.insert(QStringLiteral("case"), caseNumber);
    if (!outcome.isEmpty())
        json.insert(QStringLiteral("outcome"), outcome);
    if (onlyFlagged)
        json.insert(QStringLiteral("only_flagged"), true);
    return json;
}

Result<AuditFilter> AuditFilter::normalised() const {
    AuditFilter out = *this;
    out.fromUtc = fromUtc.isValid() ? fromUtc.toUTC() : QDateTime();
    out.toUtc = toUtc.isValid() ? toUtc.toUTC() : QDateTime();
    if (out.fromUtc.isValid() && out.toUtc.isValid() && out.toUtc <= out.fromUtc)
        return Error(ErrorCode::InvalidArgument, FilterText::backwards());
    out.user = user.trimmed();
    out.action = action.trimmed();
    if (!isActionName(out.action))
        return Error(ErrorCode::InvalidArgument, FilterText::action(out.action));
    out.caseNumber = caseNumber.trimmed();
    out.outcome = outcome.trimmed().toLower();
    if (!out.outcome.isEmpty() && out.outcome != QLatin1String("success") &&
        out.outcome != QLatin1String("failure") && out.outcome != QLatin1String("refused"))
        return Error(ErrorCode::InvalidArgument, FilterText::outcome(outcome.trimmed()));
    out.plate.clear();
    if (!plate.trimmed().isEmpty()) {
        auto pattern = PlatePattern::parse(plate, SearchMode::Exact);
        if (!pattern)
            return Error(ErrorCode::InvalidArgument, FilterText::plate(pattern.error().message()));
        out.plate = pattern.value().text();
    }
    return out;
}

} // namespace pl::core
