#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;
class QVBoxLayout;

namespace pl::ui {

class AlertNotification;

// Notices over the top right corner of the workspace, non-modal: a card per
// new alert (a few at a time, the rest counted, waiting their turn) and a
// general notice such as the alerts waiting at login. It sits on the
// workspace, so the lock screen covers it with everything else. Core calls
// are the window's: the area says which alerts it has put on screen.
class AlertNotificationArea : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxCards = 3;

    // overlaid: the widget whose top right corner the notices cover; below:
    // a child of it along its top edge (a banner) the notices stay under.
    explicit AlertNotificationArea(QWidget* overlaid, QWidget* below = nullptr);

    void addAlerts(const QList<core::HotListAlert>& alerts);
    // A notice with a button to the inbox (replaces an earlier notice).
    void showNotice(const QString& text);
    void dismissNotice();
    // Takes the card of an alert away (opened, dismissed or acknowledged).
    void removeAlert(qint64 alertId);
    // Takes every alert's card away, those waiting and the notice (for when
    // the inbox, which lists them all, is in front of the user).
    void clearAlerts();

    QList<AlertNotification*> cards() const { return m_cards; }
    // Alerts that wait for a card.
    int waiting() const { return static_cast<int>(m_queue.size()); }
    QString noticeText() const;

Q_SIGNALS:
    // These alerts' cards are now on screen (each alert once).
    void alertsShown(const QList<qint64>& alertIds);
    void openRequested(qint64 alertId);
    void inboxRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillCards();
    void relayout();
    void place();

    QWidget* m_overlaid;
    QWidget* m_below;
    QVBoxLayout* m_layout;
    QFrame* m_notice;
    QLabel* m_noticeText;
    QFrame* m_more;
    QLabel* m_moreText;
    QList<AlertNotification*> m_cards;
    QList<core::HotListAlert> m_queue;
};

} // namespace pl::ui
