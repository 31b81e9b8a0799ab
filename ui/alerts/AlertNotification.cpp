#include "ui/alerts/AlertNotification.h"

#include "core/common/TimeFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pl::ui {

AlertNotification::AlertNotification(const core::HotListAlert& alert, QWidget* parent)
    : QFrame(parent)
    , m_alertId(alert.id)
    , m_kind(alert.kind) {
    const bool hit = alert.kind == core::HotListAlert::Kind::Hit;
    setObjectName(QStringLiteral("alertNotification"));
    setFixedWidth(cardWidth);
    setAccessibleName(hit ? tr("Hot-list hit") : tr("Possible hot-list match"));
    // Hits in red; possible matches in a quieter blue, never as a hit.
    const QString accent = hit ? QStringLiteral("#b00020") : QStringLiteral("#1f4e8c");
    setStyleSheet(QStringLiteral("QFrame#alertNotification { background: #ffffff; border: 2px "
                                 "solid %1; border-radius: 4px; }")
                      .arg(accent));

    auto* title = new QLabel(hit ? tr("HOT-LIST HIT") : tr("Possible match — not a hit"), this);
    title->setObjectName(QStringLiteral("notificationTitle"));
    title->setStyleSheet(hit ? QStringLiteral("QLabel { background: #b00020; color: white; "
                                              "font-weight: bold; padding: 3px 8px; }")
                             : QStringLiteral("QLabel { background: #e8f0fb; color: #1f4e8c; "
                                              "font-style: italic; padding: 3px 8px; }"));

    const QString readPlate = alert.readState.isEmpty()
                                  ? alert.readPlate
                                  : tr("%1 (%2)").arg(alert.readPlate, alert.readState);
    auto* plate = new QLabel(readPlate, this);
    plate->setObjectName(QStringLiteral("notificationPlate"));
    plate->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; "
                                        "padding: 0 8px; }"));
    const QString entry =
        hit ? tr("Your entry %1").arg(alert.entryPlate)
            : tr("One look-alike character off your entry %1").arg(alert.entryPlate);
    const QString matter =
        tr("%1 · case %2").arg(core::HotListCategory::label(alert.category), alert.caseNumber);
    const QString when =
        tr("%1 · %2").arg(alert.deviceName, core::TimeFormat::toDisplay(alert.readTimeUtc));
    auto* about = new QLabel(QStringList{entry, matter, when}.join(QLatin1Char('\n')), this);
    about->setObjectName(QStringLiteral("notificationDetails"));
    about->setWordWrap(true);
    about->setStyleSheet(QStringLiteral("QLabel { padding: 0 8px; }"));
    auto* caution = new QLabel(tr("Not a basis for action on its own."), this);
    caution->setWordWrap(true);
    caution->setStyleSheet(QStringLiteral("QLabel { color: #5f4b00; padding: 0 8px; }"));
    m_text = QStringList{title->text(), readPlate, entry, matter, when, caution->text()}.join(
        QLatin1Char('\n'));

    auto* open = new QPushButton(tr("Open"), this);
    open->setObjectName(QStringLiteral("openNotification"));
    open->setToolTip(tr("Open the read with its images"));
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("dismissNotification"));
    dismiss->setToolTip(tr("Close this notice; the alert stays in your inbox"));
    for (QPushButton* button : {open, dismiss})
        button->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 6);
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(dismiss);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(3);
    layout->addWidget(title);
    layout->addWidget(plate);
    layout->addWidget(about);
    layout->addWidget(caution);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_alertId); });
    connect(dismiss, &QPushButton::clicked, this, [this] { Q_EMIT dismissRequested(m_alertId); });
}

QString AlertNotification::text() const {
    return m_text;
}

} // namespace pl::ui
