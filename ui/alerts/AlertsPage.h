#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace pl::core {
class Station;
struct Session;
} // namespace pl::core

namespace pl::ui {

class AlertTableModel;

// The user's hot-list alerts inbox: unacknowledged alerts wait here from one
// login to the next. Each opens its read in the verification view (for those
// who may not verify, the same view without the decisions) and is
// acknowledged with an optional note. Listing alerts while the page is on
// screen, and opening one, records that they were shown; core audits that
// once per alert, and audits each acknowledgement.
class AlertsPage : public QWidget {
    Q_OBJECT
public:
    AlertsPage(core::Station& station, const core::Session& session, QWidget* parent = nullptr);

    void refresh();
    bool selectAlert(qint64 id);
    // Opens the alert's read; null (with the reason shown) when it cannot be
    // opened, for instance because the read was purged.
    QDialog* openAlert(qint64 id);
    void openSelected();
    void acknowledgeSelected();
    // The unacknowledged alerts listed at the last refresh.
    int unacknowledged() const { return m_unacknowledged; }

    AlertTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    // An alert was acknowledged here: counts elsewhere are out of date.
    void alertsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Records that these listed alerts were shown (only while the page is
    // on screen); true if any was shown for the first time.
    bool markShown(const QList<core::HotListAlert>& alerts);
    void updateButtons();
    void showDetails();
    void showMessage(const QString& text, bool error = false);

    core::Station& m_station;
    const core::Session& m_session;
    AlertTableModel* m_model;
    QTableView* m_table;
    QCheckBox* m_showAcknowledged;
    QLabel* m_count;
    QLabel* m_message;
    QLabel* m_details;
    QPushButton* m_open;
    QPushButton* m_acknowledge;
    int m_unacknowledged = 0;
};

} // namespace pl::ui
