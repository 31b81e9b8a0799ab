#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QSpinBox;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

// The administrator-changeable policy values; each change is audited by core.
class PolicyPanel : public QWidget {
    Q_OBJECT
public:
    PolicyPanel(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void reload();
    void save();
    QSpinBox* field(const QString& key) const { return m_fields.value(key); }

private:
    core::Station& m_station;
    const core::Session& m_session;
    QHash<QString, QSpinBox*> m_fields;
    QLabel* m_message;
};

} // namespace pl::ui
