#pragma once

#include "core/common/Result.h"
#include "core/retention/RetentionTypes.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QComboBox;
class QPushButton;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class RetentionRunner;

// Retention for administrators: what a purge would remove now (a preview,
// audited) and a purge on request, confirmed with those figures, run off
// the GUI thread with progress and Cancel. The retention period itself is on the policy tab.
class RetentionPanel : public QWidget {
    Q_OBJECT
public:
    RetentionPanel(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void preview();
    // Asks for confirmation with the previewed figures, then purges.
    void askPurge();
    // Starts the purge off the GUI thread; purgeFinished() follows.
    void purge();
    void cancelPurge();
    // Sets the retention period to the preset chosen (a policy change,
    // audited by core); false with the message shown if refused.
    bool applyPreset();
    RetentionRunner* runner() const { return m_runner; }
    const std::optional<core::RetentionPreview>& lastPreview() const { return m_preview; }

Q_SIGNALS:
    void purgeFinished(bool ok);

private:
    void showError(const QString& message);
    void onProgress(qint64 removed, qint64 total);
    void onFinished(const std::shared_ptr<core::Result<core::RetentionResult>>& result);

    core::Station& m_station;
    const core::Session& m_session;
    RetentionRunner* m_runner;
    std::optional<core::RetentionPreview> m_preview;
    void showPeriod();

    QLabel* m_period;
    QComboBox* m_presets;
    QPushButton* m_applyPreset;
    QLabel* m_cutoff;
    QLabel* m_expired;
    QLabel* m_held;
    QLabel* m_importRows;
    QPushButton* m_previewButton;
    QPushButton* m_purgeButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_result;
};

} // namespace pl::ui
