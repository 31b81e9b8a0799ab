#include "ui/audit/AuditFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTimeZone>

namespace pl::ui {

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("to"), this))
    , m_to(new QDateEdit(this))
    , m_user(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_plate(new QLineEdit(this))
    , m_case(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_onlyFlagged(new QCheckBox(tr("Only flagged"), this)) {
    setObjectName(QStringLiteral("auditFilterBar"));
    m_useFrom->setObjectName(QStringLiteral("filterUseFrom"));
    m_useTo->setObjectName(QStringLiteral("filterUseTo"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_user->setObjectName(QStringLiteral("filterUser"));
    m_user->setPlaceholderText(tr("log-in name"));
    m_action->setObjectName(QStringLiteral("filterAction"));
    m_action->setEditable(true);
    m_action->setMinimumContentsLength(18);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_plate->setObjectName(QStringLiteral("filterPlate"));
    m_plate->setPlaceholderText(tr("e.g. ABC123 or AB?12*"));
    m_case->setObjectName(QStringLiteral("filterCase"));
    m_outcome->setObjectName(QStringLiteral("filterOutcome"));
    m_outcome->addItem(tr("Any"), QString());
    m_outcome->addItem(tr("Success"), QStringLiteral("success"));
    m_outcome->addItem(tr("Failure"), QStringLiteral("failure"));
    m_outcome->addItem(tr("Refused"), QStringLiteral("refused"));
    m_onlyFlagged->setObjectName(QStringLiteral("filterOnlyFlagged"));

    auto* apply = new QPushButton(tr("Apply filter"), this);
    apply->setObjectName(QStringLiteral("applyFilterButton"));
    apply->setDefault(true);
    auto* reset = new QPushButton(tr("Clear"), this);
    reset->setObjectName(QStringLiteral("clearFilterButton"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_useFrom, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_useTo, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(new QLabel(tr("User:"), this), 0, 4);
    grid->addWidget(m_user, 0, 5);
    grid->addWidget(new QLabel(tr("Action:"), this), 0, 6);
    grid->addWidget(m_action, 0, 7);
    grid->addWidget(new QLabel(tr("Plate:"), this), 1, 0);
    grid->addWidget(m_plate, 1, 1);
    grid->addWidget(new QLabel(tr("Case:"), this), 1, 2);
    grid->addWidget(m_case, 1, 3);
    grid->addWidget(new QLabel(tr("Outcome:"), this), 1, 4);
    grid->addWidget(m_outcome, 1, 5);
    grid->addWidget(m_onlyFlagged, 1, 6);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addWidget(reset);
    grid->addLayout(buttons, 1, 7);
    grid->setColumnStretch(8, 1);

    connect(apply, &QPushButton::clicked, this, &AuditFilterBar::applyRequested);
    connect(reset, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT applyRequested();
    });
    for (QLineEdit* edit : {m_user, m_plate, m_case})
        connect(edit, &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
}

core::AuditFilter AuditFilterBar::filter() const {
    core::AuditFilter filter;
    const QTimeZone local = QTimeZone::systemTimeZone();
    if (m_useFrom->isChecked())
        filter.fromUtc = QDateTime(m_from->date(), QTime(0, 0), local).toUTC();
    if (m_useTo->isChecked())
        filter.toUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0), local).toUTC();
    filter.user = m_user->text();
    filter.action = m_action->currentText();
    filter.plate = m_plate->text();
    filter.caseNumber = m_case->text();
    filter.outcome = m_outcome->currentData().toString();
    filter.onlyFlagged = m_onlyFlagged->isChecked();
    return filter;
}

void AuditFilterBar::setActions(const QStringList& actions) {
    const QString current = m_action->currentText();
    m_action->clear();
    m_action->addItem(QString());
    QStringList families;
    for (const QString& action : actions) {
        const qsizetype dot = action.indexOf(QLatin1Char('.'));
        const QString family = dot > 0 ? action.left(dot) + QStringLiteral(".*") : QString();
        if (!family.isEmpty() && !families.contains(family))
            families.append(family);
    }
    m_action->addItems(families);
    m_action->addItems(actions);
    m_action->setCurrentText(current);
}

void AuditFilterBar::clear() {
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    m_user->clear();
    m_action->setCurrentText(QString());
    m_plate->clear();
    m_case->clear();
    m_outcome->setCurrentIndex(0);
    m_onlyFlagged->setChecked(false);
}

} // namespace pl::ui
