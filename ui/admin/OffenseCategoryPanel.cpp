#include "ui/admin/OffenseCategoryPanel.h"

#include "core/cases/CaseService.h"
#include "core/station/Station.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {
enum Column { Code, Label, Years, ColumnCount };
}

OffenseCategoryPanel::OffenseCategoryPanel(core::Station& station, const core::Session& session,
                                           QWidget* parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("offenseCategoryPanel"));
    auto* intro = new QLabel(
        tr("A search for a criminal case may look back as many years as its offense category "
           "allows; wider windows need a supervisor's exception. Each change is recorded in the "
           "audit trail with its old and new value."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("offenseTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Offense category"), tr("Search window")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);

    const bool canEdit = session.can(core::Permission::ManagePolicy);
    auto* save = new QPushButton(tr("Save changes"), this);
    save->setObjectName(QStringLiteral("saveOffensesButton"));
    auto* revert = new QPushButton(tr("Revert"), this);
    save->setVisible(canEdit);
    revert->setVisible(canEdit);
    m_message->setObjectName(QStringLiteral("offenseMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(revert);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(save, &QPushButton::clicked, this, &OffenseCategoryPanel::save);
    connect(revert, &QPushButton::clicked, this, [this] {
        reload();
        m_message->clear();
    });
    reload();
}

void OffenseCategoryPanel::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void OffenseCategoryPanel::reload() {
    auto categories = m_station.cases().offenseCategories(m_session);
    if (!categories) {
        showMessage(categories.error().message(), true);
        return;
    }
    m_categories = categories.value();
    m_years.clear();
    m_table->setRowCount(static_cast<int>(m_categories.size()));
    const bool canEdit = m_session.can(core::Permission::ManagePolicy);
    for (int row = 0; row < m_categories.size(); ++row) {
        const core::OffenseCategory& category = m_categories.at(row);
        m_table->setItem(row, Code, new QTableWidgetItem(category.code));
        m_table->setItem(row, Label, new QTableWidgetItem(category.label));
        auto* years = new QSpinBox(m_table);
        years->setObjectName(QStringLiteral("years-") + category.code);
        years->setRange(1, 100);
        years->setValue(category.years);
        years->setSuffix(tr(" years"));
        years->setEnabled(canEdit);
        m_table->setCellWidget(row, Years, years);
        m_years.insert(category.code, years);
    }
    m_table->resizeColumnToContents(Code);
    m_table->resizeColumnToContents(Years);
}

void OffenseCategoryPanel::save() {
    QStringList changed;
    for (core::OffenseCategory& category : m_categories) {
        const int years = m_years.value(category.code)->value();
        if (years == category.years)
            continue;
        if (auto set = m_station.cases().setOffenseYears(m_session, category.code, years); !set) {
            showMessage(set.error().message(), true);
            return;
        }
        category.years = years; // saved: a second try after an error does not repeat it
        changed.append(tr("%1: %n year(s)", nullptr, years).arg(category.label));
    }
    showMessage(changed.isEmpty() ? tr("Nothing changed.")
                                  : tr("Saved: %1.").arg(changed.join(QStringLiteral("; "))),
                false);
    reload();
}

} // namespace pl::ui
