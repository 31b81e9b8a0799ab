#include "core/audit/AnomalyRules.h"

#include "core/audit/AuditAction.h"
#include "core/common/TimeFormat.h"
#include "core/policy/Policy.h"
#include "core/policy/PolicySettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pl::core {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr int kMinutesPerDay = 24 * 60;
// The usual-hours rule looks at this much history, and needs this many
// searches in it before it trusts a user's own pattern over working hours.
constexpr qint64 kHistoryDays = 90;
constexpr int kHistoryMinimum = 20;
// Bumped whenever a rule changes meaning, so stored flags are recomputed.
const char* const kRulesVersion = "anomaly-rules-1";

class AnomalyText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::AnomalyRules)
public:
    static QString title(const QString& rule) {
        if (rule == AnomalyRules::usualHours())
            return tr("Search outside usual hours");
        if (rule == AnomalyRules::dailySearches())
            return tr("Many searches in one day");
        if (rule == AnomalyRules::plateCases())
            return tr("Plate searched under many cases");
        if (rule == AnomalyRules::plateUsers())
            return tr("Plate searched by many users");
        if (rule == AnomalyRules::shortReason())
            return tr("Short search reason");
        if (rule == AnomalyRules::repeatedReason())
            return tr("Reason repeated word for word");
        if (rule == AnomalyRules::exceptionSearch())
            return tr("Search using a window exception");
        if (rule == AnomalyRules::unknownOnBehalf())
            return tr("On behalf of an unknown person");
        if (rule == AnomalyRules::hotListOverdue())
            return tr("Hot-list entry overdue for review");
        if (rule == AnomalyRules::exportRule())
            return tr("Export of reads");
        if (rule == AnomalyRules::failedLogin())
            return tr("Failed log-ins");
        if (rule == AnomalyRules::policyChange())
            return tr("Policy changed");
        return rule;
    }

    static QString usualHours(const QJsonObject& f) {
        const int total = f.value(QStringLiteral("total")).toInt();
        const QString time = f.value(QStringLiteral("local_time")).toString();
        const QString user = f.value(QStringLiteral("user")).toString();
        if (f.contains(QStringLiteral("near")))
            return tr("Searched at %1 local time; only %2 of %3's %n search(es) in the 90 days "
                      "before fell within an hour of that time.",
                      nullptr, total)
                .arg(time, QString::number(f.value(QStringLiteral("near")).toInt()), user);
        return tr("Searched at %1 local time, outside the station's working hours (%2:00 to "
                  "%3:00); %4 made only %n search(es) in the 90 days before, too few to know "
                  "their usual hours.",
                  nullptr, total)
            .arg(time, QString::number(f.value(QStringLiteral("start")).toInt()),
                 QString::number(f.value(QStringLiteral("end")).toInt()), user);
    }
    static QString dailySearches(const QJsonObject& f) {
        return tr("Search number %1 by %2 on %3 (local time); more than %n search(es) by one "
                  "user in a day are flagged.",
                  nullptr, f.value(QStringLiteral("limit")).toInt())
            .arg(QString::number(f.value(QStringLiteral("count")).toInt()),
                 f.value(QStringLiteral("user")).toString(),
                 f.value(QStringLiteral("day")).toString());
    }
    static QString plateMany(const QJsonObject& f, bool cases) {
        const int count = f.value(QStringLiteral("count")).toInt();
        const QString plate = f.value(QStringLiteral("plate")).toString();
        const QString days = QString::number(f.value(QStringLiteral("window_days")).toInt());
        QStringList names;
        const QJsonArray list =
            f.value(cases ? QStringLiteral("cases") : QStringLiteral("users")).toArray();
        for (const QJsonValue& v : list)
            names.append(v.toString());
        const QString joined = names.join(QStringLiteral(", "));
        if (cases)
            return tr("Plate %1 was searched under %n different case(s) within %2 days: %3.",
                      nullptr, count)
                .arg(plate, days, joined);
        return tr("Plate %1 was searched by %n different user(s) within %2 days: %3.", nullptr,
                  count)
            .arg(plate, days, joined);
    }
    static QString shortReason(const QJsonObject& f) {
        return tr("The reason \"%1\" has %n character(s); reasons shorter than %2 characters "
                  "are flagged.",
                  nullptr, f.value(QStringLiteral("length")).toInt())
            .arg(f.value(QStringLiteral("reason")).toString(),
                 QString::number(f.value(QStringLiteral("min")).toInt()));
    }
    static QString repeatedReason(const QJsonObject& f) {
        return tr("%1 gave the reason \"%2\" for %n search(es) within %3 days; more than %4 "
                  "are flagged.",
                  nullptr, f.value(QStringLiteral("count")).toInt())
            .arg(f.value(QStringLiteral("user")).toString(),
                 f.value(QStringLiteral("reason")).toString(),
                 QString::number(f.value(QStringLiteral("window_days")).toInt()),
                 QString::number(f.value(QStringLiteral("limit")).toInt()));
    }
    static QString exceptionSearch(const QJsonObject& f) {
        return tr("This search used the approved query-window exception #%1 to look further "
                  "back than the case allows.")
            .arg(f.value(QStringLiteral("exception_id")).toVariant().toLongLong());
    }
    static QString unknownOnBehalf(const QJsonObject& f) {
        return tr("The search was run on behalf of \"%1\", who matches no user's log-in or "
                  "display name.")
            .arg(f.value(QStringLiteral("on_behalf_of")).toString());
    }
    static QString hotListOverdue(const QJsonObject& f) {
        QStringList sentences;
        const QJsonArray entries = f.value(QStringLiteral("entries")).toArray();
        for (const QJsonValue& value : entries) {
            const QJsonObject e = value.toObject();
            sentences.append(
                tr("Hot-list entry #%1 (%2) was due for review on %3 and is %n day(s) overdue; "
                   "this is the latest event that names it.",
                   nullptr, e.value(QStringLiteral("days_overdue")).toInt())
                    .arg(QString::number(e.value(QStringLiteral("entry_id")).toInt()),
                         e.value(QStringLiteral("plate")).toString(),
                         TimeFormat::toDisplay(TimeFormat::fromStorage(
                             e.value(QStringLiteral("review_by")).toString()))));
        }
        return sentences.join(QLatin1Char(' '));
    }
    static QString exportText(const QJsonObject& f) {
        const QString action = f.value(QStringLiteral("action")).toString();
        const int count = f.value(QStringLiteral("count")).toInt();
        const QString to = f.value(QStringLiteral("destination")).toString();
        if (action == AuditAction::caseExported())
            return tr("A case export of %n read(s) was written to %1.", nullptr, count).arg(to);
        if (action == AuditAction::searchViewExported())
            return tr("%n read(s) from search results were exported to %1.", nullptr, count)
                .arg(to);
        if (action == AuditAction::importRowsExported())
            return tr("%n rejected import row(s) were exported to %1.", nullptr, count).arg(to);
        return tr("Reads were exported (%1) to %2.").arg(action, to);
    }
    static QString failedLogin(const QJsonObject& f) {
        const QString name = f.value(QStringLiteral("name")).toString();
        if (f.value(QStringLiteral("locked")).toBool())
            return tr("The account \"%1\" was locked after %n failed log-in(s).", nullptr,
                      f.value(QStringLiteral("attempts")).toInt())
                .arg(name);
        return tr("Failed log-in number %1 for the name \"%2\" on %3 (local time); from %n in a "
                  "day on they are flagged.",
                  nullptr, f.value(QStringLiteral("limit")).toInt())
            .arg(QString::number(f.value(QStringLiteral("count")).toInt()), name,
                 f.value(QStringLiteral("day")).toString());
    }
    static QString policyChange(const QJsonObject& f) {
        const QString action = f.value(QStringLiteral("action")).toString();
        const QString target = f.value(QStringLiteral("target")).toString();
        if (action == AuditAction::settingChanged()) {
            const QString label = PolicySettings::label(target);
            return tr("The setting \"%1\" was changed from %2 to %3.")
                .arg(label, f.value(QStringLiteral("from")).toVariant().toString(),
                     f.value(QStringLiteral("to")).toVariant().toString());
        }
        if (action == AuditAction::mapSettingsChanged())
            return tr("The map settings were changed.");
        return tr("The offense category \"%1\" and its statute of limitations were changed.")
            .arg(target);
    }
};

QJsonObject parseDetails(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString userKey(const AnomalyEvent& event) {
    if (event.userId)
        return QLatin1Char('#') + QString::number(*event.userId);
    return event.userName.toLower();
}

QString dayText(qint64 localDay) {
    return QDate(1970, 1, 1).addDays(localDay).toString(Qt::ISODate);
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The first value of these keys the details hold.
QJsonValue firstOf(const QJsonObject& details, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        const QJsonValue v = details.value(QLatin1String(key));
        if (!v.isUndefined())
            return v;
    }
    return {};
}

bool isExport(const QString& action) {
    return action == AuditAction::caseExported() || action == AuditAction::searchViewExported() ||
           action == AuditAction::importRowsExported();
}

bool isPolicyChange(const QString& action) {
    return action == AuditAction::settingChanged() || action == AuditAction::mapSettingsChanged() ||
           action == AuditAction::offenseCategoryChanged();
}

} // namespace

AnomalyThresholds AnomalyThresholds::fromPolicy(const Policy& p) {
    AnomalyThresholds t;
    t.usualHoursPercent = p.value(PolicySettings::flagUsualHoursPercent());
    t.workdayStartHour = p.value(PolicySettings::flagWorkdayStartHour());
    t.workdayEndHour = p.value(PolicySettings::flagWorkdayEndHour());
    t.dailySearchLimit = p.value(PolicySettings::flagDailySearchLimit());
    t.windowDays = std::max(1, p.value(PolicySettings::flagWindowDays()));
    t.plateCaseLimit = p.value(PolicySettings::flagPlateCaseLimit());
    t.plateUserLimit = p.value(PolicySettings::flagPlateUserLimit());
    t.reasonMinLength = p.value(PolicySettings::flagReasonMinLength());
    t.reasonRepeatLimit = p.value(PolicySettings::flagReasonRepeatLimit());
    t.exceptionSearches = p.value(PolicySettings::flagExceptionSearches()) != 0;
    t.unknownOnBehalf = p.value(PolicySettings::flagUnknownOnBehalf()) != 0;
    t.hotListOverdueDays = p.value(PolicySettings::flagHotListOverdueDays());
    t.exports = p.value(PolicySettings::flagExports()) != 0;
    t.failedLoginLimit = p.value(PolicySettings::flagFailedLoginLimit());
    t.policyChanges = p.value(PolicySettings::flagPolicyChanges()) != 0;
    return t;
}

QString AnomalyThresholds::digest() const {
    // The hot-list threshold is left out: that rule is recomputed every time.
    const QList<int> values{usualHoursPercent, workdayStartHour,  workdayEndHour,  dailySearchLimit,
                            windowDays,        plateCaseLimit,    plateUserLimit,  reasonMinLength,
                            reasonRepeatLimit, exceptionSearches, unknownOnBehalf, exports,
                            failedLoginLimit,  policyChanges};
    QByteArray text(kRulesVersion);
    for (int v : values)
        text.append(';').append(QByteArray::number(v));
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

qint64 AnomalyThresholds::contextMsecs() const {
    // A local day can start up to 14 hours before UTC's; two days cover it.
    return std::max<qint64>({kHistoryDays, windowDays, 2}) * kDay + kDay;
}

AnomalyRules::AnomalyRules(const AnomalyThresholds& thresholds, const QStringList& knownPeople)
    : m_t(thresholds)
    , m_windowMsecs(qint64(thresholds.windowDays) * kDay) {
    for (const QString& name : knownPeople)
        if (!name.trimmed().isEmpty())
            m_people.insert(name.trimmed().toLower());
}

bool AnomalyRules::isKnownPerson(const QString& name) const {
    return m_people.contains(name.trimmed().toLower());
}

QStringList AnomalyRules::ruleNames() {
    return {usualHours(),     dailySearches(),  plateCases(),      plateUsers(),
            shortReason(),    repeatedReason(), exceptionSearch(), unknownOnBehalf(),
            hotListOverdue(), exportRule(),     failedLogin(),     policyChange()};
}

QString AnomalyRules::title(const QString& rule) {
    return AnomalyText::title(rule);
}

QString AnomalyRules::explain(const QString& rule, const QJsonObject& facts) {
    if (rule == usualHours())
        return AnomalyText::usualHours(facts);
    if (rule == dailySearches())
        return AnomalyText::dailySearches(facts);
    if (rule == plateCases())
        return AnomalyText::plateMany(facts, true);
    if (rule == plateUsers())
        return AnomalyText::plateMany(facts, false);
    if (rule == shortReason())
        return AnomalyText::shortReason(facts);
    if (rule == repeatedReason())
        return AnomalyText::repeatedReason(facts);
    if (rule == exceptionSearch())
        return AnomalyText::exceptionSearch(facts);
    if (rule == unknownOnBehalf())
        return AnomalyText::unknownOnBehalf(facts);
    if (rule == hotListOverdue())
        return AnomalyText::hotListOverdue(facts);
    if (rule == exportRule())
        return AnomalyText::exportText(facts);
    if (rule == failedLogin())
        return AnomalyText::failedLogin(facts);
    if (rule == policyChange())
        return AnomalyText::policyChange(facts);
    return AnomalyText::title(rule);
}

qint64 AnomalyRules::parseStorageTime(const QString& text) {
    // Fixed form YYYY-MM-DDTHH:MM:SS.mmmZ; anything else goes the slow way.
    auto digits = [&text](int from, int count, int& out) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        out = v;
        return true;
    };
    int y, mo, d, h, mi, s, ms;
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T') &&
        text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z') && digits(0, 4, y) &&
        digits(5, 2, mo) && digits(8, 2, d) && digits(11, 2, h) && digits(14, 2, mi) &&
        digits(17, 2, s) && digits(20, 3, ms) && mo >= 1 && mo <= 12) {
        // Days from civil (H. Hinnant).
        const int yy = y - (mo <= 2 ? 1 : 0);
        const int era = (yy >= 0 ? yy : yy - 399) / 400;
        const int yoe = yy - era * 400;
        const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        const qint64 days = qint64(era) * 146097 + doe - 719468;
        return days * kDay + ((qint64(h) * 60 + mi) * 60 + s) * 1000 + ms;
    }
    const QDateTime parsed = TimeFormat::fromStorage(text);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : -1;
}

qint64 AnomalyRules::localMsecs(qint64 utcMsecs) {
    // Offsets change on quarter hours at the finest; one look-up per quarter.
    const qint64 quarter = floorDiv(utcMsecs, 15 * kMinute);
    auto it = m_offsets.constFind(quarter);
    if (it == m_offsets.constEnd()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(quarter * 15 * kMinute, Qt::UTC);
        it = m_offsets.insert(quarter, qint64(at.toLocalTime().offsetFromUtc()) * 1000);
    }
    return utcMsecs + it.value();
}

void AnomalyRules::context(const AnomalyEvent& event) {
    step(event, nullptr);
}

void AnomalyRules::evaluate(const AnomalyEvent& event, QList<AnomalyFlag>& out) {
    step(event, &out);
}

void AnomalyRules::step(const AnomalyEvent& event, QList<AnomalyFlag>* out) {
    const QString& action = event.action;
    auto flag = [&](const QString& rule, QJsonObject facts) {
        if (out)
            out->append(AnomalyFlag{event.seq, rule, std::move(facts)});
    };

    if (action == AuditAction::searchRun()) {
        searchRun(event, localMsecs(event.timeMsecs), out);
        return;
    }
    if (action == AuditAction::loginFailure() || action == AuditAction::idleUnlockFailed()) {
        if (m_t.failedLoginLimit <= 0)
            return;
        const QString name = event.target.isEmpty() ? event.userName : event.target;
        const qint64 day = floorDiv(localMsecs(event.timeMsecs), kDay);
        const QString key = name.toLower() + QLatin1Char('\n') + QString::number(day);
        const int count = ++m_failedLogins[key];
        if (count >= m_t.failedLoginLimit) {
            QJsonObject facts;
            facts.insert(QStringLiteral("name"), name);
            facts.insert(QStringLiteral("day"), dayText(day));
            facts.insert(QStringLiteral("count"), count);
            facts.insert(QStringLiteral("limit"), m_t.failedLoginLimit);
            flag(failedLogin(), facts);
        }
        return;
    }
    if (!out)
        return; // the rules below keep no state
    if (action == AuditAction::accountLocked()) {
        if (m_t.failedLoginLimit <= 0)
            return;
        const QJsonObject details = parseDetails(event.details);
        QJsonObject facts;
        facts.insert(QStringLiteral("name"),
                     event.target.isEmpty() ? event.userName : event.target);
        facts.insert(QStringLiteral("locked"), true);
        facts.insert(QStringLiteral("attempts"),
                     details.value(QStringLiteral("failed_attempts")).toInt());
        flag(failedLogin(), facts);
        return;
    }
    if (m_t.exports && isExport(action)) {
        const QJsonObject details = parseDetails(event.details);
        QJsonObject facts;
        facts.insert(QStringLiteral("action"), action);
        facts.insert(QStringLiteral("count"), firstOf(details, {"reads", "count", "rows"}));
        facts.insert(QStringLiteral("destination"),
                     firstOf(details, {"file", "destination", "path"}));
        flag(exportRule(), facts);
        return;
    }
    if (m_t.policyChanges && isPolicyChange(action)) {
        QJsonObject facts;
        facts.insert(QStringLiteral("action"), action);
        facts.insert(QStringLiteral("target"), event.target);
        if (action == AuditAction::settingChanged()) {
            const QJsonObject details = parseDetails(event.details);
            facts.insert(QStringLiteral("from"), details.value(QStringLiteral("from")));
            facts.insert(QStringLiteral("to"), details.value(QStringLiteral("to")));
        }
        flag(policyChange(), facts);
    }
}

void AnomalyRules::searchRun(const AnomalyEvent& event, qint64 local, QList<AnomalyFlag>* out) {
    const qint64 t = event.timeMsecs;
    const QString user = userKey(event);
    auto flag = [&](const QString& rule, QJsonObject facts) {
        if (out)
            out->append(AnomalyFlag{event.seq, rule, std::move(facts)});
    };
    const int minute = int(floorDiv(local, kMinute) - floorDiv(local, kDay) * kMinutesPerDay);
    const QString localTime = QStringLiteral("%1:%2")
                                  .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                  .arg(minute % 60, 2, 10, QLatin1Char('0'));

    // 1. Usual hours: the user's searches of the 90 days before this one.
    {
        UserSearches& mine = m_userSearches[user];
        if (mine.byMinute.isEmpty())
            mine.byMinute.fill(0, kMinutesPerDay);
        const qint64 from = t - kHistoryDays * kDay;
        while (!mine.recent.empty() && mine.recent.front().timeMsecs < from) {
            --mine.byMinute[mine.recent.front().minuteOfDay];
            mine.recent.pop_front();
        }
        const int total = int(mine.recent.size());
        if (out && m_t.usualHoursPercent > 0) {
            QJsonObject facts;
            facts.insert(QStringLiteral("user"), event.userName);
            facts.insert(QStringLiteral("local_time"), localTime);
            facts.insert(QStringLiteral("total"), total);
            if (total >= kHistoryMinimum) {
                int near = 0;
                for (int d = -60; d <= 60; ++d)
                    near += mine.byMinute.at((minute + d + kMinutesPerDay) % kMinutesPerDay);
                if (qint64(near) * 100 < qint64(m_t.usualHoursPercent) * total) {
                    facts.insert(QStringLiteral("near"), near);
                    facts.insert(QStringLiteral("percent"), m_t.usualHoursPercent);
                    flag(usualHours(), facts);
                }
            } else if (minute < m_t.workdayStartHour * 60 || minute >= m_t.workdayEndHour * 60) {
                facts.insert(QStringLiteral("start"), m_t.workdayStartHour);
                facts.insert(QStringLiteral("end"), m_t.workdayEndHour);
                flag(usualHours(), facts);
            }
        }
        mine.recent.push_back(Search{t, minute});
        ++mine.byMinute[minute];
    }

    // 2. Searches in one local day.
    {
        const qint64 day = floorDiv(local, kDay);
        const int count = ++m_dailySearches[user + QLatin1Char('\n') + QString::number(day)];
        if (m_t.dailySearchLimit > 0 && count > m_t.dailySearchLimit) {
            QJsonObject facts;
            facts.insert(QStringLiteral("user"), event.userName);
            facts.insert(QStringLiteral("day"), dayText(day));
            facts.insert(QStringLiteral("count"), count);
            facts.insert(QStringLiteral("limit"), m_t.dailySearchLimit);
            flag(dailySearches(), facts);
        }
    }

    // 3. The same plate under many cases or by many users within the window.
    if (!event.target.isEmpty()) {
        PlateSearches& plate = m_plates[event.target];
        const qint64 from = t - m_windowMsecs;
        auto drop = [](QHash<QString, int>& counts, const QString& key) {
            auto it = counts.find(key);
            if (it != counts.end() && --it.value() <= 0)
                counts.erase(it);
        };
        while (!plate.recent.empty() && plate.recent.front().timeMsecs < from) {
            drop(plate.cases, plate.recent.front().caseKey);
            drop(plate.users, plate.recent.front().userKey);
            plate.recent.pop_front();
        }
        const QString caseKey = event.caseNumber.toUpper();
        plate.recent.push_back(PlateSearch{t, caseKey, event.userName});
        ++plate.cases[caseKey];
        ++plate.users[event.userName];
        auto many = [&](const QString& rule, const QHash<QString, int>& counts, int limit,
                        const QString& listKey) {
            if (limit <= 0 || counts.size() < limit)
                return;
            QStringList names = counts.keys();
            names.sort(Qt::CaseInsensitive);
            QJsonObject facts;
            facts.insert(QStringLiteral("plate"), event.target);
            facts.insert(QStringLiteral("count"), int(counts.size()));
            facts.insert(QStringLiteral("limit"), limit);
            facts.insert(QStringLiteral("window_days"), m_t.windowDays);
            facts.insert(listKey, QJsonArray::fromStringList(names));
            flag(rule, facts);
        };
        if (out) {
            many(plateCases(), plate.cases, m_t.plateCaseLimit, QStringLiteral("cases"));
            many(plateUsers(), plate.users, m_t.plateUserLimit, QStringLiteral("users"));
        }
    }

    // 4. Short and repeated reasons.
    const QString reason = event.reason.trimmed();
    if (out && m_t.reasonMinLength > 0 && reason.size() < m_t.reasonMinLength) {
        QJsonObject facts;
        facts.insert(QStringLiteral("reason"), reason);
        facts.insert(QStringLiteral("length"), int(reason.size()));
        facts.insert(QStringLiteral("min"), m_t.reasonMinLength);
        flag(shortReason(), facts);
    }
    if (!reason.isEmpty()) {
        Fifo<qint64>& times = m_reasons[user + QLatin1Char('\n') + reason];
        const qint64 from = t - m_windowMsecs;
        while (!times.empty() && times.front() < from)
            times.pop_front();
        times.push_back(t);
        const int count = int(times.size());
        if (out && m_t.reasonRepeatLimit > 0 && count > m_t.reasonRepeatLimit) {
            QJsonObject facts;
            facts.insert(QStringLiteral("user"), event.userName);
            facts.insert(QStringLiteral("reason"), reason);
            facts.insert(QStringLiteral("count"), count);
            facts.insert(QStringLiteral("limit"), m_t.reasonRepeatLimit);
            facts.insert(QStringLiteral("window_days"), m_t.windowDays);
            flag(repeatedReason(), facts);
        }
    }

    if (!out)
        return;
    // 5. A query-window exception used. The key is looked for in the text
    // first (a quoted key cannot occur inside an escaped string value).
    if (m_t.exceptionSearches && event.details.contains(QLatin1String("\"exception_id\""))) {
        const QJsonValue id = parseDetails(event.details).value(QStringLiteral("exception_id"));
        if (!id.isUndefined() && !id.isNull()) {
            QJsonObject facts;
            facts.insert(QStringLiteral("exception_id"), id);
            flag(exceptionSearch(), facts);
        }
    }
    // 6. On behalf of someone who is not a user.
    const QString onBehalf = event.onBehalfOf.trimmed();
    if (m_t.unknownOnBehalf && !onBehalf.isEmpty() && !isKnownPerson(onBehalf)) {
        QJsonObject facts;
        facts.insert(QStringLiteral("on_behalf_of"), onBehalf);
        flag(unknownOnBehalf(), facts);
    }
}

std::optional<QJsonObject> AnomalyRules::hotListOverdueFacts(const AnomalyThresholds& thresholds,
                                                             qint64 entryId, const QString& plate,
                                                             const QDateTime& reviewByUtc,
                                                             const QDateTime& nowUtc) {
    if (!reviewByUtc.isValid() || reviewByUtc >= nowUtc)
        return std::nullopt;
    const qint64 overdueMsecs = reviewByUtc.msecsTo(nowUtc);
    if (overdueMsecs <= qint64(thresholds.hotListOverdueDays) * kDay)
        return std::nullopt;
    QJsonObject facts;
    facts.insert(QStringLiteral("entry_id"), entryId);
    facts.insert(QStringLiteral("plate"), plate);
    facts.insert(QStringLiteral("review_by"), TimeFormat::toStorage(reviewByUtc));
    facts.insert(QStringLiteral("days_overdue"), int(overdueMsecs / kDay));
    facts.insert(QStringLiteral("limit"), thresholds.hotListOverdueDays);
    return facts;
}

} // namespace pl::core
