#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pl::core {

class Policy;

// The thresholds of the anomaly rules, as an administrator set them (see
// PolicySettings' "anomaly.*" keys). A rule whose threshold is 0 is off.
struct AnomalyThresholds {
    int usualHoursPercent = 0;
    int workdayStartHour = 0;
    int workdayEndHour = 24;
    int dailySearchLimit = 0;
    int windowDays = 30;
    int plateCaseLimit = 0;
    int plateUserLimit = 0;
    int reasonMinLength = 0;
    int reasonRepeatLimit = 0;
    bool exceptionSearches = false;
    bool unknownOnBehalf = false;
    int hotListOverdueDays = 0;
    bool exports = false;
    int failedLoginLimit = 0;
    bool policyChanges = false;

    static AnomalyThresholds fromPolicy(const Policy& policy);
    // Hex SHA-256 of the values and the rules' version: flags computed under
    // another digest are recomputed.
    QString digest() const;
    // How far back (in milliseconds) the events before a given one can
    // matter to it: an evaluation starting at any event needs the events of
    // this span before it as context.
    qint64 contextMsecs() const;
};

// What the rules look at in an audit event (details stay unparsed text; a
// rule parses them only for the few actions that need it).
struct AnomalyEvent {
    qint64 seq = 0;
    qint64 timeMsecs = 0; // UTC, milliseconds since the epoch
    std::optional<qint64> userId;
    QString userName;
    QString onBehalfOf;
    QString action;
    QString target;
    QString caseNumber;
    QString reason;
    QString details;
};

struct AnomalyFlag {
    qint64 seq = 0;
    QString rule;
    QJsonObject facts;
};

// The anomaly rules over the audit trail, evaluated over events in seq
// order. State is kept per user, plate, reason and day for the span the
// rules look back over, so an evaluation can start at any event once it has
// been given the events of contextMsecs() before it (context()), and then
// finds the same flags as a pass from the first event. Pure: no store, no
// clock; local time is the process's time zone.
//
// The hot-list rule depends on the time of evaluation rather than on the
// events, so it is not part of the stream: see hotListOverdueFacts().
class AnomalyRules {
public:
    // knownPeople: every user's log-in and display name (any case), for the
    // on-behalf-of rule.
    AnomalyRules(const AnomalyThresholds& thresholds, const QStringList& knownPeople);

    // An event before the evaluation starts: updates the state, flags nothing.
    void context(const AnomalyEvent& event);
    // Evaluates the next event, appending its flags to out.
    void evaluate(const AnomalyEvent& event, QList<AnomalyFlag>& out);

    bool isKnownPerson(const QString& name) const;

    // The rules' names, as stored in audit_flags.rule.
    static QStringList ruleNames();
    // A short translated title for a rule.
    static QString title(const QString& rule);
    // A translated sentence that explains a flag from its facts.
    static QString explain(const QString& rule, const QJsonObject& facts);

    // Parses the store's time text (2026-11-22T14:03:07.125Z) quickly; -1 if malformed.
    static qint64 parseStorageTime(const QString& text);

    static QString usualHours() { return QStringLiteral("usual_hours"); }
    static QString dailySearches() { return QStringLiteral("daily_searches"); }
    static QString plateCases() { return QStringLiteral("plate_cases"); }
    static QString plateUsers() { return QStringLiteral("plate_users"); }
    static QString shortReason() { return QStringLiteral("short_reason"); }
    static QString repeatedReason() { return QStringLiteral("repeated_reason"); }
    static QString exceptionSearch() { return QStringLiteral("exception_search"); }
    static QString unknownOnBehalf() { return QStringLiteral("unknown_on_behalf"); }
    static QString hotListOverdue() { return QStringLiteral("hotlist_overdue"); }
    static QString exportRule() { return QStringLiteral("export"); }
    static QString failedLogin() { return QStringLiteral("failed_login"); }
    static QString policyChange() { return QStringLiteral("policy_change"); }

    // The facts of one hot-list entry overdue for review, or nothing when it
    // is not overdue by more than the threshold at nowUtc.
    static std::optional<QJsonObject> hotListOverdueFacts(const AnomalyThresholds& thresholds,
                                                          qint64 entryId, const QString& plate,
                                                          const QDateTime& reviewByUtc,
                                                          const QDateTime& nowUtc);

private:
    // A first-in first-out list that stays small for the few items most keys
    // hold (std::deque allocates a large block for each).
    template <typename T>
    class Fifo {
    public:
        bool empty() const { return m_head >= m_items.size(); }
        qsizetype size() const { return m_items.size() - m_head; }
        const T& front() const { return m_items.at(m_head); }
        void push_back(T item) { m_items.append(std::move(item)); }
        void pop_front() {
            if (++m_head > 32 && m_head * 2 > m_items.size()) {
                m_items.remove(0, m_head);
                m_head = 0;
            }
        }

    private:
        QList<T> m_items;
        qsizetype m_head = 0;
    };

    struct Search {
        qint64 timeMsecs;
        int minuteOfDay;
    };
    struct UserSearches {
        Fifo<Search> recent; // the last 90 days
        QList<int> byMinute; // counts of recent per local minute of day
    };
    struct PlateSearch {
        qint64 timeMsecs;
        QString caseKey;
        QString userKey;
    };
    struct PlateSearches {
        Fifo<PlateSearch> recent; // the window
        QHash<QString, int> cases;
        QHash<QString, int> users;
    };

    void step(const AnomalyEvent& event, QList<AnomalyFlag>* out);
    void searchRun(const AnomalyEvent& event, qint64 localMsecs, QList<AnomalyFlag>* out);
    qint64 localMsecs(qint64 utcMsecs);

    AnomalyThresholds m_t;
    QSet<QString> m_people; // lower case
    qint64 m_windowMsecs;
    QHash<QString, UserSearches> m_userSearches;
    QHash<QString, int> m_dailySearches; // user + local day
    QHash<QString, PlateSearches> m_plates;
    QHash<QString, Fifo<qint64>> m_reasons; // user + reason -> times in the window
    QHash<QString, int> m_failedLogins;     // name + local day
    QHash<qint64, qint64> m_offsets;        // UTC quarter hour -> local offset msecs
};

} // namespace pl::core
