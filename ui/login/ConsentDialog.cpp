#include "ui/login/ConsentDialog.h"

#include "core/consent/ConsentText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pl::ui {

ConsentDialog::ConsentDialog(const core::ConsentText& consent, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode) {
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("PlateLedger — Permitted use"));
    resize(720, 640);

    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("consentText"));
    text->setMarkdown(consent.markdown());
    text->setOpenLinks(false);

    auto* version = new QLabel(
        tr("Text version %1 · SHA-256 %2").arg(consent.version(), consent.sha256().left(16)), this);
    version->setObjectName(QStringLiteral("consentVersion"));
    version->setStyleSheet(QStringLiteral("color: palette(mid);"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(version, 1);
    if (mode == Mode::AskConsent) {
        auto* decline = new QPushButton(tr("Decline and log out"), this);
        decline->setObjectName(QStringLiteral("declineButton"));
        auto* agree = new QPushButton(tr("I agree"), this);
        agree->setObjectName(QStringLiteral("agreeButton"));
        // No default button: agreeing takes a deliberate click or key press.
        agree->setAutoDefault(false);
        decline->setAutoDefault(false);
        buttons->addWidget(decline);
        buttons->addWidget(agree);
        connect(agree, &QPushButton::clicked, this, [this] {
            m_answered = true;
            Q_EMIT agreed();
            accept();
        });
        connect(decline, &QPushButton::clicked, this, &ConsentDialog::reject);
    } else {
        auto* close = new QPushButton(tr("Close"), this);
        close->setObjectName(QStringLiteral("closeButton"));
        buttons->addWidget(close);
        connect(close, &QPushButton::clicked, this, &QDialog::accept);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addLayout(buttons);
}

void ConsentDialog::reject() {
    if (m_mode == Mode::AskConsent && !m_answered) {
        m_answered = true;
        Q_EMIT declined();
    }
    QDialog::reject();
}

} // namespace pl::ui
