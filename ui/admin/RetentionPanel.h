#pragma once

#include "core/retention/RetentionTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class RetentionRunner;

// Retention for administrators: what a purge would remove now (a preview,
// audited) and a purge on request, confirmed with those figures, with
// progress and Cancel. The retention period itself is on the policy tab.
class RetentionPanel : public QWidget {
    Q_OBJECT
public:
    RetentionPanel(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void preview();
    // Asks for confirmation with the previewed figures, then purges.
    void askPurge();
    void purge();
    RetentionRunner* runner() const { return m_runner; }
    const std::optional<core::RetentionPreview>& lastPreview() const { return m_preview; }

Q_SIGNALS:
    void purgeFinished(bool ok);

private:
    void showError(const QString& message);

    core::Station& m_station;
    const core::Session& m_session;
    RetentionRunner* m_runner;
    std::optional<core::RetentionPreview> m_preview;
    QLabel* m_period;
    QLabel* m_cutoff;
    QLabel* m_expired;
    QLabel* m_held;
    QLabel* m_importRows;
    QPushButton* m_previewButton;
    QPushButton* m_purgeButton;
    QLabel* m_result;
};

} // namespace pl::ui
