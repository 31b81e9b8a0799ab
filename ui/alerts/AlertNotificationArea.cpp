#include "ui/alerts/AlertNotificationArea.h"

#include "ui/alerts/AlertNotification.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

constexpr int margin = 12;

QFrame* noticeFrame(const QString& name, QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFixedWidth(AlertNotification::cardWidth);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #eef2f7; border: 1px solid "
                                        "#8da2c0; border-radius: 4px; }")
                             .arg(name));
    return frame;
}

} // namespace

AlertNotificationArea::AlertNotificationArea(QWidget* overlaid, QWidget* below)
    : QWidget(overlaid)
    , m_overlaid(overlaid)
    , m_below(below)
    , m_layout(new QVBoxLayout(this))
    , m_notice(noticeFrame(QStringLiteral("loginNotice"), this))
    , m_noticeText(new QLabel(m_notice))
    , m_more(noticeFrame(QStringLiteral("moreAlerts"), this))
    , m_moreText(new QLabel(m_more)) {
    setObjectName(QStringLiteral("alertNotifications"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->setSizeConstraint(QLayout::SetFixedSize);

    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    auto* inbox = new QPushButton(tr("Open inbox"), m_notice);
    inbox->setObjectName(QStringLiteral("noticeInboxButton"));
    auto* close = new QPushButton(tr("Dismiss"), m_notice);
    close->setObjectName(QStringLiteral("noticeDismissButton"));
    auto* noticeButtons = new QHBoxLayout;
    noticeButtons->addStretch(1);
    noticeButtons->addWidget(inbox);
    noticeButtons->addWidget(close);
    auto* noticeLayout = new QVBoxLayout(m_notice);
    noticeLayout->addWidget(m_noticeText);
    noticeLayout->addLayout(noticeButtons);
    m_notice->hide();

    m_moreText->setObjectName(QStringLiteral("moreAlertsText"));
    m_moreText->setWordWrap(true);
    auto* moreInbox = new QPushButton(tr("Open inbox"), m_more);
    moreInbox->setObjectName(QStringLiteral("moreInboxButton"));
    auto* moreLayout = new QHBoxLayout(m_more);
    moreLayout->addWidget(m_moreText, 1);
    moreLayout->addWidget(moreInbox);
    m_more->hide();

    m_layout->addWidget(m_notice);
    m_layout->addWidget(m_more);

    connect(inbox, &QPushButton::clicked, this, [this] {
        dismissNotice();
        Q_EMIT inboxRequested();
    });
    connect(close, &QPushButton::clicked, this, &AlertNotificationArea::dismissNotice);
    connect(moreInbox, &QPushButton::clicked, this, &AlertNotificationArea::inboxRequested);

    overlaid->installEventFilter(this);
    if (below)
        below->installEventFilter(this);
    hide();
}

void AlertNotificationArea::addAlerts(const QList<core::HotListAlert>& alerts) {
    m_queue.append(alerts);
    fillCards();
}

void AlertNotificationArea::showNotice(const QString& text) {
    m_noticeText->setText(text);
    m_notice->show();
    relayout();
}

void AlertNotificationArea::dismissNotice() {
    m_notice->hide();
    relayout();
}

QString AlertNotificationArea::noticeText() const {
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

void AlertNotificationArea::removeAlert(qint64 alertId) {
    for (AlertNotification* card : m_cards) {
        if (card->alertId() == alertId) {
            m_cards.removeOne(card);
            card->hide();
            card->deleteLater();
            break;
        }
    }
    m_queue.removeIf([alertId](const core::HotListAlert& alert) { return alert.id == alertId; });
    fillCards();
}

void AlertNotificationArea::clearAlerts() {
    m_notice->hide();
    m_queue.clear();
    for (AlertNotification* card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    fillCards();
}

void AlertNotificationArea::fillCards() {
    QList<qint64> shown;
    while (m_cards.size() < maxCards && !m_queue.isEmpty()) {
        const core::HotListAlert alert = m_queue.takeFirst();
        auto* card = new AlertNotification(alert, this);
        // Newest on top, under the notice.
        m_layout->insertWidget(1, card);
        m_cards.append(card);
        connect(card, &AlertNotification::openRequested, this, [this](qint64 id) {
            removeAlert(id);
            Q_EMIT openRequested(id);
        });
        connect(card, &AlertNotification::dismissRequested, this,
                &AlertNotificationArea::removeAlert);
        shown.append(alert.id);
    }
    m_moreText->setText(tr("%n more new alert(s) wait; dismiss a notice or open the inbox.",
                           nullptr, static_cast<int>(m_queue.size())));
    m_more->setVisible(!m_queue.isEmpty());
    relayout();
    if (!shown.isEmpty())
        Q_EMIT alertsShown(shown);
}

void AlertNotificationArea::relayout() {
    const bool any = !m_cards.isEmpty() || !m_notice->isHidden() || !m_more->isHidden();
    setVisible(any);
    if (!any)
        return;
    m_layout->activate();
    adjustSize();
    place();
    raise();
}

void AlertNotificationArea::place() {
    const int top = m_below ? m_below->geometry().bottom() + 1 + margin : margin;
    move(m_overlaid->width() - width() - margin, top);
}

bool AlertNotificationArea::eventFilter(QObject* watched, QEvent* event) {
    if ((watched == m_overlaid || watched == m_below) &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move) && isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace pl::ui
