#include "ui/admin/AnomalyRulesPanel.h"

#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pl::ui {

using core::PolicySettings;

QString AnomalyRulesPanel::explanation(const QString& key) {
    if (key == PolicySettings::flagUsualHoursPercent())
        return tr("A search is flagged when, of the user's searches in the 90 days before, "
                  "fewer than this share fell within an hour of its time of day.");
    if (key == PolicySettings::flagWorkdayStartHour())
        return tr("For users with fewer than 20 searches in 90 days, searches before this hour "
                  "are flagged.");
    if (key == PolicySettings::flagWorkdayEndHour())
        return tr("For users with fewer than 20 searches in 90 days, searches from this hour on "
                  "are flagged.");
    if (key == PolicySettings::flagDailySearchLimit())
        return tr("Each search a user runs in one day after this many is flagged.");
    if (key == PolicySettings::flagWindowDays())
        return tr("The period over which searches of one plate and repeated reasons are "
                  "counted.");
    if (key == PolicySettings::flagPlateCaseLimit())
        return tr("A plate searched under this many different case numbers within the period "
                  "is flagged from that search on.");
    if (key == PolicySettings::flagPlateUserLimit())
        return tr("A plate searched by this many different users within the period is flagged "
                  "from that search on.");
    if (key == PolicySettings::flagReasonMinLength())
        return tr("A search whose reason has fewer characters than this is flagged.");
    if (key == PolicySettings::flagReasonRepeatLimit())
        return tr("When a user gives the very same reason more often than this within the "
                  "period, the further searches are flagged.");
    if (key == PolicySettings::flagExceptionSearches())
        return tr("Searches that use a supervisor's query-window exception are flagged.");
    if (key == PolicySettings::flagUnknownOnBehalf())
        return tr("Searches \"on behalf of\" a name that is no user's log-in or display name "
                  "are flagged.");
    if (key == PolicySettings::flagHotListOverdueDays())
        return tr("Active hot-list entries overdue for review by more than this many days are "
                  "flagged on the latest event that names them.");
    if (key == PolicySettings::flagExports())
        return tr("Exports of reads (case exports, search results, rejected import rows) are "
                  "flagged.");
    if (key == PolicySettings::flagFailedLoginLimit())
        return tr("Failed log-ins are flagged once one name has this many in a day; account "
                  "lock-outs are always flagged while this is on.");
    if (key == PolicySettings::flagPolicyChanges())
        return tr("Changes of policy values, map settings and offense categories are flagged.");
    return {};
}

AnomalyRulesPanel::AnomalyRulesPanel(core::Station& station, const core::Session& session,
                                     QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("anomalyRulesPanel"));
    auto* intro = new QLabel(tr("Anomaly flags point supervisors to audit events worth a look; "
                                "they never change the events. Each change here is recorded in "
                                "the audit trail, and the flags are recomputed with the new "
                                "values."),
                             this);
    intro->setWordWrap(true);

    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    for (const core::PolicySpec& spec : PolicySettings::specs()) {
        if (!PolicySettings::isAnomalyThreshold(spec.key))
            continue;
        auto* box = new QSpinBox(content);
        box->setObjectName(spec.key);
        box->setRange(spec.minimum, spec.maximum);
        const QString unit = PolicySettings::unit(spec.key);
        if (!unit.isEmpty())
            box->setSuffix(QLatin1Char(' ') + unit);
        box->setToolTip(tr("Default: %1").arg(spec.defaultValue));
        auto* help = new QLabel(explanation(spec.key), content);
        help->setObjectName(spec.key + QStringLiteral(".help"));
        help->setWordWrap(true);
        help->setEnabled(false); // drawn dimmed, as a note
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(box);
        cell->addWidget(help);
        form->addRow(PolicySettings::label(spec.key) + QLatin1Char(':'), cell);
        m_fields.insert(spec.key, box);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    m_message->setObjectName(QStringLiteral("anomalyRulesMessage"));
    m_message->setWordWrap(true);
    auto* save = new QPushButton(tr("Save changes"), this);
    save->setObjectName(QStringLiteral("saveAnomalyRulesButton"));
    auto* revert = new QPushButton(tr("Revert"), this);
    revert->setObjectName(QStringLiteral("revertAnomalyRulesButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(revert);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(save, &QPushButton::clicked, this, &AnomalyRulesPanel::save);
    connect(revert, &QPushButton::clicked, this, [this] {
        reload();
        m_message->clear();
    });
    reload();
}

void AnomalyRulesPanel::reload() {
    auto policy = m_station.currentPolicy();
    if (!policy) {
        m_message->setText(policy.error().message());
        return;
    }
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setValue(policy.value().value(it.key()));
}

void AnomalyRulesPanel::save() {
    auto policy = m_station.currentPolicy();
    if (!policy) {
        m_message->setText(policy.error().message());
        return;
    }
    QStringList changed;
    for (const core::PolicySpec& spec : PolicySettings::specs()) {
        QSpinBox* box = m_fields.value(spec.key);
        if (!box || box->value() == policy.value().value(spec.key))
            continue;
        auto set = m_station.policy().set(m_session, spec.key, box->value());
        if (!set) {
            m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_message->setText(set.error().message());
            reload();
            return;
        }
        changed.append(PolicySettings::label(spec.key));
    }
    m_message->setStyleSheet(QString());
    m_message->setText(changed.isEmpty()
                           ? tr("Nothing changed.")
                           : tr("Saved: %1.").arg(changed.join(QStringLiteral("; "))));
    reload();
}

} // namespace pl::ui
