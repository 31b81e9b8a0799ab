#include "ui/main/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pl::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent) {
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    auto* notice = new QLabel(tr("Not available yet in this version of PlateLedger. Nothing on "
                                 "this page reads or changes data."),
                              this);
    notice->setObjectName(QStringLiteral("notAvailable"));
    notice->setWordWrap(true);
    notice->setStyleSheet(
        QStringLiteral("QLabel { background: #eef2f7; border: 1px solid #b8c4d6; padding: 8px; }"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(notice);
    layout->addStretch();
}

} // namespace pl::ui
