#pragma once

#include "core/hotlist/HotListTypes.h"

#include <QFrame>

namespace pl::ui {

// One new alert as a card over the main window: hit or possible match (a
// possible match is never styled as a hit), the plate read, the entry, its
// category and case, when and by which device, with Open and Dismiss.
// Dismissing leaves the alert in the inbox.
class AlertNotification : public QFrame {
    Q_OBJECT
public:
    static constexpr int cardWidth = 360;

    explicit AlertNotification(const core::HotListAlert& alert, QWidget* parent = nullptr);

    qint64 alertId() const { return m_alertId; }
    core::HotListAlert::Kind kind() const { return m_kind; }
    // The card's text as shown, for tests and screen readers.
    QString text() const;

Q_SIGNALS:
    void openRequested(qint64 alertId);
    void dismissRequested(qint64 alertId);

private:
    qint64 m_alertId;
    core::HotListAlert::Kind m_kind;
    QString m_text;
};

} // namespace pl::ui
