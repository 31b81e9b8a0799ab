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

// The thresholds of the anomaly flags on the audit trail, each with a line
// saying what it does. Saved through PolicyService, so each change is audited;
// the flags are recomputed with the new thresholds at their next update.
class AnomalyRulesPanel : public QWidget {
    Q_OBJECT
public:
    AnomalyRulesPanel(core::Station& station, const core::Session& session,
                      QWidget* parent = nullptr);

    void reload();
    void save();
    // The spin box of a threshold, named after its key.
    QSpinBox* field(const QString& key) const { return m_fields.value(key); }
    // The plain explanation shown under a threshold.
    static QString explanation(const QString& key);

private:
    core::Station& m_station;
    const core::Session& m_session;
    QHash<QString, QSpinBox*> m_fields;
    QLabel* m_message;
};

} // namespace pl::ui
