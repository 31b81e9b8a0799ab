#pragma once

#include "core/cases/CaseTypes.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// The statute-of-limitations table: how far back a search for a criminal
// case of each offense category may look. Administrators change the years;
// each change is audited by core with the old and new value.
class OffenseCategoryPanel : public QWidget {
    Q_OBJECT
public:
    OffenseCategoryPanel(core::Station& station, const core::Session& session,
                         QWidget* parent = nullptr);

    void reload();
    void save();
    QSpinBox* yearsField(const QString& code) const { return m_years.value(code); }

private:
    void showMessage(const QString& text, bool error);

    core::Station& m_station;
    const core::Session& m_session;
    QList<core::OffenseCategory> m_categories;
    QHash<QString, QSpinBox*> m_years;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace pl::ui
