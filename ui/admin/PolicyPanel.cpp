#include "ui/admin/PolicyPanel.h"

#include "core/policy/PolicyService.h"
#include "core/policy/PolicySettings.h"
#include "core/station/Station.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pl::ui {

PolicyPanel::PolicyPanel(core::Station& station, const core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("policyPanel"));
    auto* intro = new QLabel(tr("These values apply to every user of the station. Each change is "
                                "recorded in the audit trail with its old and new value."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    for (const core::PolicySpec& spec : core::PolicySettings::specs()) {
        // The anomaly thresholds have their own panel (AnomalyRulesPanel).
        if (core::PolicySettings::isAnomalyThreshold(spec.key))
            continue;
        auto* box = new QSpinBox(this);
        box->setObjectName(spec.key);
        box->setRange(spec.minimum, spec.maximum);
        box->setSuffix(QLatin1Char(' ') + core::PolicySettings::unit(spec.key));
        box->setToolTip(tr("Default: %1").arg(spec.defaultValue));
        form->addRow(core::PolicySettings::label(spec.key) + QLatin1Char(':'), box);
        m_fields.insert(spec.key, box);
    }

    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_message->setWordWrap(true);
    auto* save = new QPushButton(tr("Save changes"), this);
    save->setObjectName(QStringLiteral("savePolicyButton"));
    auto* revert = new QPushButton(tr("Revert"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(revert);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(save, &QPushButton::clicked, this, &PolicyPanel::save);
    connect(revert, &QPushButton::clicked, this, [this] {
        reload();
        m_message->clear();
    });
    reload();
}

void PolicyPanel::reload() {
    auto policy = m_station.currentPolicy();
    if (!policy) {
        m_message->setText(policy.error().message());
        return;
    }
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setValue(policy.value().value(it.key()));
}

void PolicyPanel::save() {
    auto policy = m_station.currentPolicy();
    if (!policy) {
        m_message->setText(policy.error().message());
        return;
    }
    QStringList changed;
    for (const core::PolicySpec& spec : core::PolicySettings::specs()) {
        const QSpinBox* box = m_fields.value(spec.key);
        if (!box)
            continue;
        const int value = box->value();
        if (value == policy.value().value(spec.key))
            continue;
        auto set = m_station.policy().set(m_session, spec.key, value);
        if (!set) {
            m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_message->setText(set.error().message());
            return;
        }
        changed.append(core::PolicySettings::label(spec.key));
    }
    m_message->setStyleSheet(QString());
    m_message->setText(changed.isEmpty()
                           ? tr("Nothing changed.")
                           : tr("Saved: %1.").arg(changed.join(QStringLiteral("; "))));
    reload();
}

} // namespace pl::ui
