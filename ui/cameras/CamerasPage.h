#pragma once

#include "core/accounts/Session.h"
#include "core/camera/CameraSettings.h"
#include "core/camera/LiveTypes.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pl::core {
class CameraRunner;
class Station;
} // namespace pl::core

namespace pl::ui {

class LiveView;

// The cameras of the station: their settings (agents and administrators),
// starting and stopping them (agents and investigators), the selected
// camera's live frames with the plates found, every camera's status, and
// the reads stored most recently. Captures stop when the page closes.
class CamerasPage : public QWidget {
    Q_OBJECT
public:
    CamerasPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);
    ~CamerasPage() override;

    // Starts the camera (as the Start button does); false with the error shown.
    bool startCamera(qint64 cameraId);
    void stopCamera(qint64 cameraId);
    bool isRunning(qint64 cameraId) const { return m_runners.contains(cameraId); }
    LiveView* liveView() const { return m_view; }

private:
    void reload();
    qint64 selectedId() const;
    void updateButtons();
    void addCamera();
    void editCamera();
    void editSettings(const core::CameraSettings& camera);
    void onStatus(const core::CameraStatus& status);
    void onFrame(const core::LiveFrame& frame);
    void onRead(const core::LiveRead& read);
    void onFinished(core::CameraRunner* runner);
    void showStatusRow(int row, const core::CameraStatus& status);
    void showError(const QString& message);

    core::Station& m_station;
    const core::Session& m_session;
    QList<core::CameraSettings> m_cameras;
    QHash<qint64, core::CameraRunner*> m_runners;
    QHash<qint64, core::CameraStatus> m_statuses;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_start;
    QPushButton* m_stop;
    LiveView* m_view;
    QLabel* m_viewStatus;
    QListWidget* m_recent;
    QLabel* m_message;
};

} // namespace pl::ui
